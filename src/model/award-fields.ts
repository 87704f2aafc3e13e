/** The rules of an award decision, its issuer and its recipients (see rules.ts). */
import { boolean, choice, count, date, text, type FieldTable } from './rules.js';
import {
  AWARD_FORMS,
  AWARD_RANKS,
  RECIPIENT_KINDS,
  type AwardDecision,
  type AwardIssuer,
  type AwardRecipient,
} from './types.js';

export const RECIPIENT_FIELDS: FieldTable<AwardRecipient> = {
  kind: choice(RECIPIENT_KINDS, true),
  name: text(true),
  position: text(),
  unit: text(),
  posthumous: boolean(),
};

export const ISSUER_FIELDS: FieldTable<AwardIssuer> = {
  title: text(),
  body: text(true),
};

/** A decision's own fields; `issuer` and `recipients` are read with the tables above. */
export const DECISION_FIELDS: FieldTable<AwardDecision> = {
  number: text(),
  signedAt: date(true),
  form: choice(AWARD_FORMS, true),
  formName: text(),
  rank: choice(AWARD_RANKS),
  emulationTitle: text(),
  reason: text(),
  statedTotal: count(),
};
