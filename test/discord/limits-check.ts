import { expect } from 'vitest';
import { LIMITS } from '../../src/discord/limits.js';
import { embedLength, type MessagePayload, type EditPayload } from '../../src/discord/respond.js';

/** Asserts every Discord message limit on a payload, and that it can ping nobody. */
export function expectWithinLimits(payload: MessagePayload | EditPayload): void {
  expect(payload.allowedMentions.parse).toEqual([]);
  expect(payload.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
  expect(payload.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
  let total = 0;
  for (const embed of payload.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(LIMITS.authorName);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footerText);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    total += embedLength(embed);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  expect(payload.components.length).toBeLessThanOrEqual(LIMITS.actionRows);
  const ids = new Set<string>();
  for (const row of payload.components) {
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const button of row.components) {
      if ('custom_id' in button) {
        expect(button.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
        ids.add(button.custom_id);
      }
      if ('label' in button)
        expect(button.label?.length ?? 0).toBeLessThanOrEqual(LIMITS.buttonLabel);
    }
  }
}

/** All the text a payload shows, for checks over everything at once. */
export function allText(payload: MessagePayload | EditPayload): string {
  return [
    payload.content ?? '',
    ...payload.embeds.flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      e.author?.name ?? '',
      e.footer?.text ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ].join('\n');
}
