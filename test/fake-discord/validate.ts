/**
 * Request-body validation with Discord's limits and Discord's error shape:
 * `{ message: 'Invalid Form Body', code: 50035, errors: { a: { 0: { b: { _errors: [{ code, message }] } } } } }`.
 */

export interface FieldError {
  code: string;
  message: string;
}

/** Nested error tree as Discord returns it. */
export type ErrorTree = { _errors?: FieldError[] } & { [key: string]: ErrorTree | FieldError[] | undefined };

export class ErrorCollector {
  readonly tree: ErrorTree = {};
  count = 0;

  add(path: (string | number)[], code: string, message: string): void {
    let node: ErrorTree = this.tree;
    for (const part of path) {
      const key = String(part);
      const next = node[key];
      if (next === undefined || Array.isArray(next)) {
        const created: ErrorTree = {};
        node[key] = created;
        node = created;
      } else {
        node = next;
      }
    }
    (node._errors ??= []).push({ code, message });
    this.count++;
  }

  maxLength(path: (string | number)[], value: unknown, max: number): void {
    if (typeof value === 'string' && value.length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  maxItems(path: (string | number)[], value: unknown, max: number): void {
    if (Array.isArray(value) && value.length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  required(path: (string | number)[], value: unknown): void {
    if (value === undefined || value === null || value === '') {
      this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
    }
  }
}

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const len = (v: unknown): number => (typeof v === 'string' ? v.length : 0);

export const MESSAGE_FLAG_EPHEMERAL = 1 << 6;
export const MESSAGE_FLAG_LOADING = 1 << 7;
export const MESSAGE_FLAG_COMPONENTS_V2 = 1 << 15;

/** Characters counted towards the 6,000-character total of a message's embeds. */
export function embedCharacters(embed: Json): number {
  let total = len(embed.title) + len(embed.description);
  if (isObj(embed.footer)) total += len(embed.footer.text);
  if (isObj(embed.author)) total += len(embed.author.name);
  if (Array.isArray(embed.fields)) {
    for (const f of embed.fields) if (isObj(f)) total += len(f.name) + len(f.value);
  }
  return total;
}

/** Validate a message payload (content, embeds, components); `base` is the path prefix (e.g. ['data']). */
export function validateMessage(body: Json, base: (string | number)[], errors: ErrorCollector): void {
  errors.maxLength([...base, 'content'], body.content, 2000);

  const embeds = body.embeds;
  if (embeds !== undefined && embeds !== null) {
    if (!Array.isArray(embeds)) {
      errors.add([...base, 'embeds'], 'LIST_TYPE_CONVERT', 'Only iterables may be used in a ListType');
    } else {
      errors.maxItems([...base, 'embeds'], embeds, 10);
      let total = 0;
      embeds.forEach((embed: unknown, i) => {
        if (!isObj(embed)) return;
        const p = [...base, 'embeds', i];
        errors.maxLength([...p, 'title'], embed.title, 256);
        errors.maxLength([...p, 'description'], embed.description, 4096);
        if (isObj(embed.footer)) errors.maxLength([...p, 'footer', 'text'], embed.footer.text, 2048);
        if (isObj(embed.author)) errors.maxLength([...p, 'author', 'name'], embed.author.name, 256);
        if (Array.isArray(embed.fields)) {
          errors.maxItems([...p, 'fields'], embed.fields, 25);
          embed.fields.forEach((field: unknown, j) => {
            if (!isObj(field)) return;
            errors.required([...p, 'fields', j, 'name'], field.name);
            errors.required([...p, 'fields', j, 'value'], field.value);
            errors.maxLength([...p, 'fields', j, 'name'], field.name, 256);
            errors.maxLength([...p, 'fields', j, 'value'], field.value, 1024);
          });
        }
        total += embedCharacters(embed);
      });
      if (total > 6000) {
        errors.add([...base, 'embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
      }
    }
  }

  const components = body.components;
  if (Array.isArray(components)) {
    const flags = typeof body.flags === 'number' ? body.flags : 0;
    const v2 = (flags & MESSAGE_FLAG_COMPONENTS_V2) !== 0;
    errors.maxItems([...base, 'components'], components, v2 ? 40 : 5);
    components.forEach((row: unknown, i) => validateComponent(row, [...base, 'components', i], errors, true));
  }
}

function validateComponent(component: unknown, path: (string | number)[], errors: ErrorCollector, topLevel: boolean): void {
  if (!isObj(component)) return;
  const type = component.type;
  if (type === 1) {
    const children = component.components;
    if (Array.isArray(children)) {
      errors.maxItems([...path, 'components'], children, 5);
      if (children.length === 0) {
        errors.add([...path, 'components'], 'BASE_TYPE_MIN_LENGTH', 'Must be 1 or more in length.');
      }
      children.forEach((child: unknown, j) => validateComponent(child, [...path, 'components', j], errors, false));
    }
    return;
  }
  if (topLevel && (type === 2 || type === 3 || type === 5 || type === 6 || type === 7 || type === 8)) {
    errors.add([...path, 'type'], 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (1,).');
  }
  errors.maxLength([...path, 'custom_id'], component.custom_id, 100);
  if (type === 2) {
    errors.maxLength([...path, 'label'], component.label, 80);
    const style = component.style;
    if (style !== 5 && style !== 6) errors.required([...path, 'custom_id'], component.custom_id);
  }
  if (type === 3) errors.maxItems([...path, 'options'], component.options, 25);
  if (Array.isArray(component.components)) {
    component.components.forEach((child: unknown, j) =>
      validateComponent(child, [...path, 'components', j], errors, false),
    );
  }
}

/** Autocomplete result: at most 25 choices, name and (string) value at most 100 characters. */
export function validateChoices(data: Json, base: (string | number)[], errors: ErrorCollector): void {
  const choices = data.choices;
  if (!Array.isArray(choices)) {
    errors.required([...base, 'choices'], choices);
    return;
  }
  errors.maxItems([...base, 'choices'], choices, 25);
  choices.forEach((choice: unknown, i) => {
    if (!isObj(choice)) return;
    errors.required([...base, 'choices', i, 'name'], choice.name);
    errors.maxLength([...base, 'choices', i, 'name'], choice.name, 100);
    errors.maxLength([...base, 'choices', i, 'value'], choice.value, 100);
  });
}

const COMMAND_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Application command registration (PUT bulk overwrite). */
export function validateCommands(commands: unknown, errors: ErrorCollector): void {
  if (!Array.isArray(commands)) {
    errors.add([], 'LIST_TYPE_CONVERT', 'Only iterables may be used in a ListType');
    return;
  }
  errors.maxItems([], commands, 100);
  commands.forEach((cmd: unknown, i) => {
    if (!isObj(cmd)) return;
    const type = cmd.type ?? 1;
    errors.required([i, 'name'], cmd.name);
    if (typeof cmd.name === 'string' && (!COMMAND_NAME.test(cmd.name) || (type === 1 && cmd.name !== cmd.name.toLowerCase()))) {
      errors.add([i, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    if (type === 1) {
      errors.required([i, 'description'], cmd.description);
      errors.maxLength([i, 'description'], cmd.description, 100);
    }
    validateCommandOptions(cmd.options, [i, 'options'], errors);
  });
}

function validateCommandOptions(options: unknown, path: (string | number)[], errors: ErrorCollector): void {
  if (!Array.isArray(options)) return;
  errors.maxItems(path, options, 25);
  options.forEach((opt: unknown, j) => {
    if (!isObj(opt)) return;
    errors.required([...path, j, 'name'], opt.name);
    errors.maxLength([...path, j, 'name'], opt.name, 32);
    errors.required([...path, j, 'description'], opt.description);
    errors.maxLength([...path, j, 'description'], opt.description, 100);
    errors.maxItems([...path, j, 'choices'], opt.choices, 25);
    validateCommandOptions(opt.options, [...path, j, 'options'], errors);
  });
}
