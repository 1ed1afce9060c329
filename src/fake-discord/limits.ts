/**
 * Discord's documented payload limits, checked the way Discord checks them:
 * every problem is collected and reported as one "Invalid Form Body" error
 * whose `errors` object mirrors the shape of the rejected body.
 */

export type JsonObject = Record<string, unknown>;

export interface FormError {
  /** Where the problem is, in the body: "data.embeds.0.title". */
  path: string;
  code: string;
  message: string;
}

/**
 * Written out apart from src/discord/limits.ts on purpose: the fake is the bot's
 * examiner, and a wrong number shared by both would pass every test.
 */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  rowButtons: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  selectText: 100,
  selectPlaceholder: 150,
  choices: 25,
  choiceText: 100,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  commandsPerScope: 100,
} as const;

/** Discord's rule for command and option names (chat-input names must also be lower case). */
const COMMAND_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

class Collector {
  readonly errors: FormError[] = [];
  constructor(private readonly base: string) {}

  add(path: Array<string | number>, code: string, message: string): void {
    const full = [this.base, ...path].filter((part) => part !== '').join('.');
    this.errors.push({ path: full, code, message });
  }

  maxLength(path: Array<string | number>, value: unknown, max: number): void {
    if (typeof value === 'string' && [...value].length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  length(path: Array<string | number>, value: unknown, min: number, max: number): void {
    if (typeof value !== 'string') {
      this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
      return;
    }
    const size = [...value].length;
    if (size < min || size > max) {
      this.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
    }
  }

  maxItems(path: Array<string | number>, value: unknown, max: number): void {
    if (Array.isArray(value) && value.length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function textLength(value: unknown): number {
  return typeof value === 'string' ? [...value].length : 0;
}

function checkEmbeds(embeds: unknown, out: Collector): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    out.add(['embeds'], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  out.maxItems(['embeds'], embeds, LIMITS.embeds);
  let total = 0;
  embeds.forEach((embed, i) => {
    if (!isObject(embed)) {
      out.add(['embeds', i], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    out.maxLength(['embeds', i, 'title'], embed.title, LIMITS.embedTitle);
    out.maxLength(['embeds', i, 'description'], embed.description, LIMITS.embedDescription);
    total += textLength(embed.title) + textLength(embed.description);
    const footer = isObject(embed.footer) ? embed.footer : undefined;
    out.maxLength(['embeds', i, 'footer', 'text'], footer?.text, LIMITS.footerText);
    total += textLength(footer?.text);
    const author = isObject(embed.author) ? embed.author : undefined;
    out.maxLength(['embeds', i, 'author', 'name'], author?.name, LIMITS.authorName);
    total += textLength(author?.name);
    out.maxItems(['embeds', i, 'fields'], embed.fields, LIMITS.embedFields);
    objects(embed.fields).forEach((field, j) => {
      out.length(['embeds', i, 'fields', j, 'name'], field.name, 1, LIMITS.fieldName);
      out.length(['embeds', i, 'fields', j, 'value'], field.value, 1, LIMITS.fieldValue);
      total += textLength(field.name) + textLength(field.value);
    });
  });
  if (total > LIMITS.embedTotal) {
    out.add(
      ['embeds'],
      'MAX_EMBED_SIZE_EXCEEDED',
      `Embed size exceeds maximum size of ${LIMITS.embedTotal}`,
    );
  }
}

const BUTTON = 2;
const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);
const LINK_STYLE = 5;
const PREMIUM_STYLE = 6;
/** Components V2 messages use other layouts; only classic action rows are checked here. */
const COMPONENTS_V2_FLAG = 1 << 15;

function checkComponents(components: unknown, flags: unknown, out: Collector): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    out.add(['components'], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  if (typeof flags === 'number' && (flags & COMPONENTS_V2_FLAG) !== 0) return;
  out.maxItems(['components'], components, LIMITS.actionRows);
  const customIds = new Set<string>();
  components.forEach((row, i) => {
    if (!isObject(row) || row.type !== 1) {
      out.add(['components', i, 'type'], 'UNION_TYPE_CHOICES', 'Value must be an action row (1).');
      return;
    }
    const children = objects(row.components);
    if (children.length === 0) {
      out.add(
        ['components', i, 'components'],
        'BASE_TYPE_MIN_LENGTH',
        'Must be 1 or more in length.',
      );
      return;
    }
    const buttons = children.filter((child) => child.type === BUTTON).length;
    const selects = children.filter((child) => SELECT_TYPES.has(Number(child.type))).length;
    if (buttons > LIMITS.rowButtons) {
      out.add(
        ['components', i, 'components'],
        'BASE_TYPE_MAX_LENGTH',
        `Must be ${LIMITS.rowButtons} or fewer in length.`,
      );
    }
    if (selects > 0 && children.length > 1) {
      out.add(
        ['components', i, 'components'],
        'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
        'The specified component exceeds the maximum width',
      );
    }
    children.forEach((child, j) => {
      const at = ['components', i, 'components', j];
      const customId = child.custom_id;
      if (child.type === BUTTON) {
        out.maxLength([...at, 'label'], child.label, LIMITS.buttonLabel);
        if (child.style === LINK_STYLE) {
          if (typeof child.url !== 'string')
            out.add([...at, 'url'], 'BASE_TYPE_REQUIRED', 'This field is required');
        } else if (child.style !== PREMIUM_STYLE) {
          out.length([...at, 'custom_id'], customId, 1, LIMITS.customId);
        }
      } else if (SELECT_TYPES.has(Number(child.type))) {
        out.length([...at, 'custom_id'], customId, 1, LIMITS.customId);
        out.maxLength([...at, 'placeholder'], child.placeholder, LIMITS.selectPlaceholder);
        if (child.type === 3) {
          const options = objects(child.options);
          if (options.length < 1 || options.length > LIMITS.selectOptions) {
            out.add(
              [...at, 'options'],
              'BASE_TYPE_BAD_LENGTH',
              `Must be between 1 and ${LIMITS.selectOptions} in length.`,
            );
          }
          options.forEach((option, k) => {
            out.length([...at, 'options', k, 'label'], option.label, 1, LIMITS.selectText);
            out.length([...at, 'options', k, 'value'], option.value, 1, LIMITS.selectText);
            out.maxLength(
              [...at, 'options', k, 'description'],
              option.description,
              LIMITS.selectText,
            );
          });
        }
      } else {
        out.add(
          [...at, 'type'],
          'UNION_TYPE_CHOICES',
          'Value of field "type" must be one of a button or select menu.',
        );
      }
      if (typeof customId === 'string') {
        if (customIds.has(customId)) {
          out.add(
            [...at, 'custom_id'],
            'COMPONENT_CUSTOM_ID_DUPLICATED',
            'Component custom id cannot be duplicated',
          );
        }
        customIds.add(customId);
      }
    });
  });
}

/** Checks a message body (create or edit). `base` prefixes error paths, e.g. "data" for callbacks. */
export function checkMessage(body: unknown, base = ''): FormError[] {
  const out = new Collector(base);
  if (!isObject(body)) {
    out.add([], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return out.errors;
  }
  if (body.content !== undefined && body.content !== null && typeof body.content !== 'string') {
    out.add(['content'], 'BASE_TYPE_STRING', 'Must be a string.');
  }
  out.maxLength(['content'], body.content, LIMITS.content);
  checkEmbeds(body.embeds, out);
  checkComponents(body.components, body.flags, out);
  return out.errors;
}

/** True when a message would show nothing: Discord answers such a create with 50006. */
export function isEmptyMessage(body: JsonObject, fileCount: number): boolean {
  const hasContent = typeof body.content === 'string' && body.content.trim().length > 0;
  const hasEmbeds = Array.isArray(body.embeds) && body.embeds.length > 0;
  const hasComponents = Array.isArray(body.components) && body.components.length > 0;
  const hasAttachments = Array.isArray(body.attachments) && body.attachments.length > 0;
  const hasStickers = Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0;
  return !(
    hasContent ||
    hasEmbeds ||
    hasComponents ||
    hasAttachments ||
    hasStickers ||
    body.poll ||
    fileCount > 0
  );
}

/** Checks autocomplete choices (callback type 8). */
export function checkChoices(choices: unknown, base = 'data.choices'): FormError[] {
  const out = new Collector(base);
  if (!Array.isArray(choices)) {
    out.add([], 'BASE_TYPE_REQUIRED', 'This field is required');
    return out.errors;
  }
  out.maxItems([], choices, LIMITS.choices);
  choices.forEach((choice, i) => {
    if (!isObject(choice)) {
      out.add([i], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    out.length([i, 'name'], choice.name, 1, LIMITS.choiceText);
    if (typeof choice.value === 'string') {
      out.length([i, 'value'], choice.value, 1, LIMITS.choiceText);
    } else if (typeof choice.value !== 'number') {
      out.add([i, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
    }
  });
  return out.errors;
}

const SUB_COMMAND = 1;
const SUB_COMMAND_GROUP = 2;
const CHOICE_TYPES = new Set([3, 4, 10]);

function checkName(
  out: Collector,
  path: Array<string | number>,
  name: unknown,
  lowerCase: boolean,
): void {
  if (typeof name !== 'string' || !COMMAND_NAME.test(name)) {
    out.add(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  } else if (lowerCase && name !== name.toLowerCase()) {
    out.add(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
}

function checkOptions(
  options: unknown,
  path: Array<string | number>,
  out: Collector,
  depth: number,
): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) {
    out.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  out.maxItems(path, options, LIMITS.commandOptions);
  const names = new Set<string>();
  let sawOptional = false;
  options.forEach((option, i) => {
    const at = [...path, i];
    if (!isObject(option)) {
      out.add(at, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    checkName(out, [...at, 'name'], option.name, true);
    if (typeof option.name === 'string') {
      if (names.has(option.name)) {
        out.add(
          [...at, 'name'],
          'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
          'Option names must be unique',
        );
      }
      names.add(option.name);
    }
    out.length([...at, 'description'], option.description, 1, LIMITS.commandDescription);
    const type = Number(option.type);
    if (!Number.isInteger(type) || type < 1 || type > 11) {
      out.add(
        [...at, 'type'],
        'BASE_TYPE_CHOICES',
        'Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.',
      );
    }
    const nested = type === SUB_COMMAND || type === SUB_COMMAND_GROUP;
    if (nested) {
      if (depth >= 2 || (depth === 1 && type === SUB_COMMAND_GROUP)) {
        out.add(
          [...at, 'type'],
          'APPLICATION_COMMAND_OPTION_TYPE_INVALID',
          'Sub-command nesting is too deep',
        );
      }
      checkOptions(option.options, [...at, 'options'], out, depth + 1);
      return;
    }
    if (option.required === true && sawOptional) {
      out.add(
        [...at, 'required'],
        'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        'Required options must be placed before non-required options',
      );
    }
    if (option.required !== true) sawOptional = true;
    if (option.choices !== undefined) {
      if (!CHOICE_TYPES.has(type)) {
        out.add(
          [...at, 'choices'],
          'APPLICATION_COMMAND_OPTION_CHOICES_INVALID',
          'Choices are only allowed on string, integer and number options',
        );
      }
      if (option.autocomplete === true) {
        out.add(
          [...at, 'autocomplete'],
          'APPLICATION_COMMAND_AUTOCOMPLETE_INVALID',
          'Autocomplete cannot be set with choices',
        );
      }
      out.maxItems([...at, 'choices'], option.choices, LIMITS.choices);
      objects(option.choices).forEach((choice, k) => {
        out.length([...at, 'choices', k, 'name'], choice.name, 1, LIMITS.choiceText);
        if (typeof choice.value === 'string')
          out.length([...at, 'choices', k, 'value'], choice.value, 1, LIMITS.choiceText);
      });
    }
    for (const key of ['min_length', 'max_length']) {
      const bound = option[key];
      if (bound !== undefined && (typeof bound !== 'number' || bound < 0 || bound > 6000)) {
        out.add([...at, key], 'NUMBER_TYPE_MAX', 'int value should be between 0 and 6000.');
      }
    }
  });
}

/** Checks one command definition as sent to the commands endpoints. */
export function checkCommand(command: unknown, base = ''): FormError[] {
  const out = new Collector(base);
  if (!isObject(command)) {
    out.add([], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return out.errors;
  }
  const chatInput = command.type === undefined || command.type === 1;
  checkName(out, ['name'], command.name, chatInput);
  if (chatInput) {
    out.length(['description'], command.description, 1, LIMITS.commandDescription);
    checkOptions(command.options, ['options'], out, 0);
  } else if (command.description !== undefined && command.description !== '') {
    out.add(
      ['description'],
      'APPLICATION_COMMAND_DESCRIPTION_INVALID',
      'Context menu commands cannot have a description',
    );
  }
  return out.errors;
}

/** Checks a bulk overwrite: every command, plus the count and unique names. */
export function checkCommandList(commands: unknown): FormError[] {
  if (!Array.isArray(commands)) {
    return [{ path: '', code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }];
  }
  const errors = commands.flatMap((command, i) => checkCommand(command, String(i)));
  if (commands.length > LIMITS.commandsPerScope) {
    errors.push({
      path: '',
      code: 'BASE_TYPE_MAX_LENGTH',
      message: `Must be ${LIMITS.commandsPerScope} or fewer in length.`,
    });
  }
  const seen = new Set<string>();
  commands.forEach((command, i) => {
    if (!isObject(command) || typeof command.name !== 'string') return;
    const key = `${String(command.type ?? 1)}:${command.name}`;
    if (seen.has(key)) {
      errors.push({
        path: `${i}.name`,
        code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
        message: `Application command names must be unique`,
      });
    }
    seen.add(key);
  });
  return errors;
}

/** Builds Discord's nested `errors` object from flat errors. */
export function nestErrors(errors: FormError[]): JsonObject {
  const root: JsonObject = {};
  for (const error of errors) {
    let node = root;
    for (const part of error.path.split('.').filter((p) => p !== '')) {
      const next = node[part];
      if (isObject(next)) {
        node = next;
      } else {
        const created: JsonObject = {};
        node[part] = created;
        node = created;
      }
    }
    const list = Array.isArray(node._errors) ? node._errors : [];
    list.push({ code: error.code, message: error.message });
    node._errors = list;
  }
  return root;
}
