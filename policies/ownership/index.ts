import mapDutyRequireAccountable from "./map-duty-require-accountable";
import mapExceptionRequireApproval from "./map-exception-require-approval";
import mapReviewLimitAge from "./map-review-limit-age";
import ownerTagRequirePerson from "./owner-tag-require-person";

export const rules = [ownerTagRequirePerson, mapDutyRequireAccountable, mapReviewLimitAge, mapExceptionRequireApproval];
