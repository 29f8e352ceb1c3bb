/**
 * Whether EBS encryption by default covers a resource's volumes. The setting is per account and
 * region ("Encryption by default is a Region-specific setting", AWS EBS User Guide, "Enable
 * encryption by default"); once on, new volumes and snapshot copies are encrypted whatever a
 * request says about `encrypted`. It covers a resource when an enabled
 * `aws.ebs.EncryptionByDefault` of the stack lands in the same account and region, when the map
 * manages the control centrally for its account, or when the map puts it on the provider's side.
 */
import type { EncryptionByDefaultArgs } from "@pulumi/aws/ebs";
import type { StackIndex } from "../../core/joins";
import type { ResourceView } from "../../core/resource";
import type { RuleContext } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { centralEntry, centralReason } from "./central";
import { awsPlaceOf } from "./placement";

type Default = Pick<EncryptionByDefaultArgs, "enabled">;

export class EbsDefaultEncryption {
  private settings: Map<string, ResourceView[]> | undefined;
  private readonly enabled = new Map<string, boolean>();

  constructor(
    private readonly index: StackIndex,
    private readonly ctx: RuleContext<unknown>,
  ) {}

  /**
   * The settings by place, read when a resource first needs them: a setting whose place is unknown
   * at preview then leaves undecided only the resources that rely on a default (see `judgeEach`).
   */
  private settingsByPlace(): Map<string, ResourceView[]> {
    if (this.settings !== undefined) return this.settings;
    const settings = new Map<string, ResourceView[]>();
    for (const setting of this.index.ofType([AWS.ebsEncryptionByDefault])) {
      const place = awsPlaceOf(setting);
      const list = settings.get(place);
      if (list) list.push(setting);
      else settings.set(place, [setting]);
    }
    this.settings = settings;
    return settings;
  }

  /** Why new volumes of `resource` are encrypted by default, or undefined when nothing says they are. */
  covers(resource: ResourceView): string | undefined {
    const side = this.ctx.sideOf(AWS.ebsEncryptionByDefault);
    if (side.side === "provider") {
      return `the responsibility map puts EBS encryption by default on the provider's side${side.note ? ` (${side.note.replace(/\.$/, "")})` : ""}`;
    }
    const place = awsPlaceOf(resource);
    let on = this.enabled.get(place);
    if (on === undefined) {
      // SDK (EncryptionByDefaultArgs.enabled): "Valid values are `true` or `false`. Defaults to `true`."
      on = (this.settingsByPlace().get(place) ?? []).some((setting) => (setting.props as Default).enabled !== false);
      this.enabled.set(place, on);
    }
    if (on) return "the stack turns on EBS encryption by default for its account and region";
    const entry = centralEntry(this.ctx.map, "ebs-encryption-by-default", resource);
    return entry === undefined ? undefined : centralReason(this.ctx.map, "ebs-encryption-by-default", entry);
  }
}
