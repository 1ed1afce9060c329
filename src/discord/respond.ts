import { MessageFlags, type APIEmbed } from 'discord.js';
import type { ActionRow, Reply } from '../commands/types.js';
import { LIMITS, truncate } from './limits.js';

/** Nobody is ever pinged by a reply, whatever the quoted text contains. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };

export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: ActionRow[];
  allowedMentions: typeof NO_MENTIONS;
  flags?: MessageFlags.Ephemeral;
}

/** An edit, or a message reply: visibility is fixed when the message is first sent. */
export type EditPayload = Omit<MessagePayload, 'flags'>;

export function withoutFlags(payload: MessagePayload): EditPayload {
  const edit: EditPayload = { ...payload };
  delete (edit as MessagePayload).flags;
  return edit;
}

/**
 * The one place every reply passes through on its way to Discord: it enforces every message
 * limit (cutting on word boundaries), turns mentions off and sets the ephemeral flag.
 */
export function toPayload(reply: Reply): MessagePayload {
  const embeds = reply.embeds.slice(0, LIMITS.embedsPerMessage).map(clampEmbed);
  fitEmbedTotal(embeds);
  const payload: MessagePayload = {
    embeds,
    components: clampComponents(reply.components),
    allowedMentions: NO_MENTIONS,
  };
  if (reply.content !== undefined) payload.content = truncate(reply.content, LIMITS.content);
  if (reply.ephemeral) payload.flags = MessageFlags.Ephemeral;
  return payload;
}

function clampEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) {
    out.description = truncate(out.description, LIMITS.embedDescription);
  }
  if (out.author)
    out.author = { ...out.author, name: truncate(out.author.name, LIMITS.authorName) };
  if (out.footer)
    out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.footerText) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((field) => ({
      ...field,
      name: truncate(field.name, LIMITS.fieldName) || '\u200b',
      value: truncate(field.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  return out;
}

export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** Shrinks the longest descriptions first, then drops fields and trailing embeds, until 6,000 fit. */
function fitEmbedTotal(embeds: APIEmbed[]): void {
  let total = embeds.reduce((sum, e) => sum + embedLength(e), 0);
  while (total > LIMITS.embedTotal) {
    const longest = embeds.reduce<APIEmbed | undefined>(
      (best, e) => ((e.description?.length ?? 0) > (best?.description?.length ?? 0) ? e : best),
      undefined,
    );
    const excess = total - LIMITS.embedTotal;
    const length = longest?.description?.length ?? 0;
    if (longest?.description !== undefined && length > 200) {
      longest.description = truncate(longest.description, Math.max(200, length - excess));
    } else {
      const withFields = [...embeds].reverse().find((e) => (e.fields?.length ?? 0) > 0);
      if (withFields?.fields) withFields.fields = withFields.fields.slice(0, -1);
      else if (embeds.length > 1) embeds.pop();
      else {
        const only = embeds[0];
        if (only) embeds[0] = { ...only, description: truncate(only.description ?? '', 100) };
        break;
      }
    }
    total = embeds.reduce((sum, e) => sum + embedLength(e), 0);
  }
}

function clampComponents(rows: ActionRow[]): ActionRow[] {
  return rows
    .slice(0, LIMITS.actionRows)
    .map((row) => ({
      ...row,
      components: row.components
        .filter((button) => !('custom_id' in button) || button.custom_id.length <= LIMITS.customId)
        .slice(0, LIMITS.buttonsPerRow)
        .map((button) =>
          'label' in button && button.label !== undefined
            ? { ...button, label: truncate(button.label, LIMITS.buttonLabel) }
            : button,
        ),
    }))
    .filter((row) => row.components.length > 0);
}
