/**
 * One interaction dispatched by the fake, with every REST call made with its token recorded in order.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */

export type InteractionKind = 'command' | 'autocomplete' | 'component' | 'modal';

export type InteractionCallKind =
  | 'callback'
  | 'getOriginal'
  | 'editOriginal'
  | 'deleteOriginal'
  | 'followup'
  | 'getMessage'
  | 'editMessage'
  | 'deleteMessage';

export interface InteractionCall {
  kind: InteractionCallKind;
  method: string;
  /** Decoded path after `/api/v10`, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body (`payload_json` for multipart requests); `any` so tests can dig in freely. */
  body: any;
  status: number;
  /** What the fake answered (`undefined` for 204). */
  response: any;
  /** Milliseconds since the interaction was dispatched. */
  atMs: number;
  /** True when the answer came from `failNext` rather than the fake's logic. */
  injected: boolean;
  /** Message the call created / edited / read, when there is one. */
  messageId?: string;
}

/** Discord message object as the fake stores it. */
export type FakeMessage = Record<string, any>;

export const CallbackType = {
  Pong: 1,
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredMessageUpdate: 6,
  UpdateMessage: 7,
  ApplicationCommandAutocompleteResult: 8,
  Modal: 9,
} as const;

const VISIBLE_CALLBACKS: ReadonlySet<number> = new Set([4, 7, 8, 9]);

export class FakeInteraction {
  readonly calls: InteractionCall[] = [];
  /** ms from dispatch to the first callback request received (whatever its outcome). */
  firstCallbackMs: number | null = null;
  /** ms from dispatch to the first accepted (2xx) callback. */
  ackMs: number | null = null;
  /** Type of the accepted initial callback (4 reply, 5 defer, 6 deferred update, 7 update, 8 autocomplete, 9 modal). */
  callbackType: number | null = null;
  /** Current state of the original response (`@original`), or null before a message-bearing callback. */
  original: FakeMessage | null = null;
  originalDeleted = false;
  /** True once `@original` has been edited (or filled by the first follow-up after a defer). */
  originalEdited = false;
  /** Current state of each follow-up message, in creation order. */
  readonly followups: FakeMessage[] = [];
  /** Choices of an accepted autocomplete result (callback type 8). */
  autocompleteChoices: { name: string; value: string | number }[] | null = null;
  /** Data of an accepted modal callback (type 9). */
  modal: any = null;

  readonly dispatchedAt = performance.now();
  readonly dispatchedAtDate = Date.now();
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly id: string,
    readonly token: string,
    /** Discord interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit. */
    readonly type: number,
    readonly kind: InteractionKind,
    /** The INTERACTION_CREATE payload (`d`) that was dispatched. */
    readonly payload: Record<string, any>,
  ) {}

  get acknowledged(): boolean {
    return this.callbackType !== null;
  }

  /** Milliseconds since dispatch. */
  elapsedMs(): number {
    return performance.now() - this.dispatchedAt;
  }

  /**
   * True once the user can see a reply: a message/update/autocomplete/modal callback, or a deferral
   * followed by an edit of `@original`, a follow-up or a deletion.
   */
  get hasVisibleResponse(): boolean {
    if (this.callbackType === null) return false;
    if (VISIBLE_CALLBACKS.has(this.callbackType)) return true;
    return this.originalEdited || this.originalDeleted || this.followups.length > 0;
  }

  /** Calls of one kind (successful or not). */
  callsOf(kind: InteractionCallKind): InteractionCall[] {
    return this.calls.filter((c) => c.kind === kind);
  }

  /** Calls answered with a 2xx status. */
  get okCalls(): InteractionCall[] {
    return this.calls.filter((c) => c.status >= 200 && c.status < 300);
  }

  /** Calls answered with an error status. */
  get failedCalls(): InteractionCall[] {
    return this.calls.filter((c) => c.status >= 400);
  }

  /** Every visible message of the interaction: the original (if any, not deleted) then the follow-ups. */
  get visibleMessages(): FakeMessage[] {
    const out: FakeMessage[] = [];
    if (this.original && !this.originalDeleted && !this.originalIsComponentMessage) out.push(this.original);
    out.push(...this.followups);
    return out;
  }

  /** For component interactions answered with type 6/7 the "original" is the message the button was on. */
  originalIsComponentMessage = false;

  /**
   * Resolves when predicate(this) is true (checked now and after every recorded call);
   * rejects after timeoutMs with a message listing the calls seen so far.
   */
  waitFor(predicate: (i: FakeInteraction) => boolean, timeoutMs = 5000): Promise<FakeInteraction> {
    if (predicate(this)) return Promise.resolve(this);
    return new Promise((resolve, reject) => {
      const check = (): void => {
        let ok = false;
        try {
          ok = predicate(this);
        } catch (error) {
          cleanup();
          reject(error);
          return;
        }
        if (ok) {
          cleanup();
          resolve(this);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `FakeInteraction ${this.id}: condition not met within ${timeoutMs} ms; calls: ${this.describeCalls()}`,
          ),
        );
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
    });
  }

  /** Resolves once the interaction has a visible reply (see hasVisibleResponse). */
  response(timeoutMs = 5000): Promise<FakeInteraction> {
    return this.waitFor((i) => i.hasVisibleResponse, timeoutMs);
  }

  /** Resolves once an initial callback was accepted (reply, defer, update, autocomplete, modal). */
  acknowledgement(timeoutMs = 5000): Promise<FakeInteraction> {
    return this.waitFor((i) => i.acknowledged, timeoutMs);
  }

  /** Resolves once at least `n` calls are recorded (handy to wait for a rejected request). */
  callCount(n: number, timeoutMs = 5000): Promise<FakeInteraction> {
    return this.waitFor((i) => i.calls.length >= n, timeoutMs);
  }

  describeCalls(): string {
    if (this.calls.length === 0) return '(none)';
    return this.calls.map((c) => `${c.kind} ${c.method} ${c.status}${c.injected ? ' (injected)' : ''}`).join(', ');
  }

  /** @internal */
  _record(call: InteractionCall): void {
    this.calls.push(call);
    if (call.kind === 'callback' && this.firstCallbackMs === null) this.firstCallbackMs = call.atMs;
    for (const listener of [...this.listeners]) listener();
  }
}
