import { describeFuzzShard } from "./fuzz-suite";

describeFuzzShard(1, 2);
