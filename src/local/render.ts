import type { SentMessage } from '../fake-discord/index.js';

/** A button the person at the prompt can press by typing its number. */
export interface Button {
  messageId: string;
  customId: string;
  label: string;
}

const EPHEMERAL = 1 << 6;

interface EmbedJson {
  title?: string;
  url?: string;
  description?: string;
  fields?: Array<{ name: string; value: string }>;
  footer?: { text: string };
  author?: { name: string };
}

interface ComponentJson {
  type: number;
  custom_id?: string;
  label?: string;
  emoji?: { name?: string };
  disabled?: boolean;
  components?: ComponentJson[];
}

function indent(text: string, by = '  '): string {
  return text
    .split('\n')
    .map((line) => by + line)
    .join('\n');
}

/**
 * A message as a person reads it in a terminal: embed title, description,
 * fields and footer, then the buttons, numbered from `firstNumber + 1`.
 */
export function renderMessage(
  message: SentMessage,
  firstNumber = 0,
): { text: string; buttons: Button[] } {
  const out: string[] = [];
  if (message.flags & EPHEMERAL) out.push('(only you can see this)');
  if (message.content) out.push(message.content);
  (message.embeds as unknown as EmbedJson[]).forEach((embed, i) => {
    if (i > 0) out.push('');
    if (embed.author?.name) out.push(embed.author.name);
    if (embed.title) out.push(`┃ ${embed.title}${embed.url ? `  <${embed.url}>` : ''}`);
    if (embed.description) out.push(indent(embed.description, '┃ '));
    for (const field of embed.fields ?? []) {
      out.push(`┃ ${field.name}`, indent(field.value, '┃   '));
    }
    if (embed.footer?.text) out.push(`┃ ${embed.footer.text}`);
  });
  const buttons: Button[] = [];
  const labels: string[] = [];
  for (const row of message.components as unknown as ComponentJson[]) {
    for (const component of row.components ?? []) {
      if (component.type !== 2 || !component.custom_id || component.disabled) continue;
      const label = [component.emoji?.name, component.label].filter(Boolean).join(' ');
      buttons.push({ messageId: message.id, customId: component.custom_id, label });
      labels.push(`[${firstNumber + buttons.length}] ${label}`);
    }
  }
  if (labels.length) out.push(labels.join('   '));
  return { text: out.join('\n'), buttons };
}
