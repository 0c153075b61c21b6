import { businessDaysBetween, calendarDaysBetween } from './dates.ts';

export type Level = 'urgent' | 'high' | 'normal';

/** A piece of text the reader sees, and where ("subject", "body", an attachment name). */
export interface TextSource {
  where: string;
  text: string;
}

export interface Judgement {
  level: Level;
  reasons: string[];
}

/** Word boundaries that also treat accented letters as letters. */
const B = '(?<![A-Za-zÀ-ÿ])';
const E = '(?![A-Za-zÀ-ÿ])';
const NEGATED = new RegExp(`${B}(no rush|not urgent|no urgency|urgency:\\s*none|nicht eilig|keine eile|pas urgent|sin prisa|no es urgente)${E}`, 'gi');
const URGENT = new RegExp(`${B}(urgent|urgente|urgence|asap|rush|emergency|line down|machine down|critical|same[- ]day|overnight|next[- ]day|by tomorrow|eilauftrag|eilig|dringend)${E}`, 'i');
const HIGH = new RegExp(`${B}(priority|prioritaire|en priorité|priorität|prioridad|expedite|as soon as you can|end of (the )?week|fin de semaine|ende der woche|final de semana)${E}`, 'i');
const RANK: Record<Level, number> = { normal: 0, high: 1, urgent: 2 };

function wordHits(sources: TextSource[]): { level: Level; reasons: string[] } {
  const reasons: string[] = [];
  let level: Level = 'normal';
  for (const s of sources) {
    const negated = s.text.match(NEGATED);
    if (negated) reasons.push(`'${negated[0]}' in the ${s.where} is negated and does not count`);
    const text = s.text.replace(NEGATED, ' ');
    const u = text.match(URGENT);
    const h = text.match(HIGH);
    if (u) reasons.push(`urgent: '${u[0]}' in the ${s.where}`);
    if (h) reasons.push(`high: '${h[0]}' in the ${s.where}`);
    const found: Level = u ? 'urgent' : h ? 'high' : 'normal';
    if (RANK[found] > RANK[level]) level = found;
  }
  return { level, reasons };
}

function dateRule(received: string | null, delivery: string | null): { level: Level; reason: string } {
  if (!received) return { level: 'normal', reason: 'bare file, so received date unknown and the delivery-date rule is not applied' };
  if (!delivery) return { level: 'normal', reason: 'no requested delivery date' };
  const bd = businessDaysBetween(received, delivery);
  const cal = calendarDaysBetween(received, delivery);
  if (bd <= 2) return { level: 'urgent', reason: `urgent: requested delivery ${delivery} is ${bd} business day${bd === 1 ? '' : 's'} after receipt on ${received}` };
  if (cal >= 3 && cal <= 7) return { level: 'high', reason: `high: requested delivery ${delivery} is ${cal} calendar days (${bd} business days) after receipt on ${received}` };
  return { level: 'normal', reason: `requested delivery ${delivery} is ${cal} calendar days after receipt on ${received}` };
}

/** The contract's urgency rules over the texts of one order and its dates. */
export function judgeUrgency(sources: TextSource[], received: string | null, delivery: string | null): Judgement {
  const words = wordHits(sources);
  const date = dateRule(received, delivery);
  const level = RANK[date.level] > RANK[words.level] ? date.level : words.level;
  const parts = [...words.reasons];
  if (words.level === 'normal') parts.push('no urgency words');
  parts.push(date.reason);
  return { level, reasons: [parts.join('; ')] };
}
