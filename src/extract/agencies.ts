/**
 * Agencies given a responsibility in a plan's implementation part, and the dictionary lookup and place helpers
 * that metadata and references share. The parts live in ./agencies/; this module is their public face.
 */
export { extractAgencies } from './agencies/extract.js';
export type { AgencyContext } from './agencies/entry.js';
export { agencyLookup, defaultAgencyLookup, nearestKnown, type AgencyLookup } from './agencies/lookup.js';
export { NO_LINE_STARTS, dutyStart } from './agencies/duties.js';
export { startsLikeOrganisation } from './agencies/heads.js';
export { splitAgencyNames } from './agencies/list.js';
export { trimToKnownName } from './agencies/name-extent.js';
export { matchPlaces, placeByVote, placeNames } from './agencies/places.js';
export { repairedIssuer, withPaperHead, withSoRepaired } from './agencies/repair.js';
export { withLookAlikeLettersRepaired } from './agencies/similarity.js';
