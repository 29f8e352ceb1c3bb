import { describeFuzzShard } from "./fuzz-suite";

describeFuzzShard(0, 2);
