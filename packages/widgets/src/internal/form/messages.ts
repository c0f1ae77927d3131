import { type FieldError, isLadApiError, isLadNetworkError } from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { minuteCount } from '../messages.js';
import { number } from '../text.js';

/** How a field is answered, which decides how its problems are worded. */
export type FieldKind = 'text' | 'email' | 'url' | 'select' | 'single' | 'multiple' | 'consent' | 'checkbox';

/** A field error from the SDK's schemas, worded for a person in the page's language. */
export function fieldErrorText(error: Pick<FieldError, 'code' | 'params'>, kind: FieldKind): string {
  const params = (error.params ?? {}) as { maximum?: number; minimum?: number; format?: string };
  switch (error.code) {
    case 'required':
    case 'invalid_type':
    case 'too_small':
    case 'invalid_value':
      if (kind === 'consent')
        return msg('Tick this box to agree. Without it we cannot send the form.', {
          id: 'form.error.consent',
          desc: 'Under the consent checkbox when it was left unticked',
        });
      if (kind === 'multiple')
        return msg('Choose at least one.', {
          id: 'form.error.choose_some',
          desc: 'A group of checkboxes left empty',
        });
      if (kind === 'single' || kind === 'select')
        return msg('Choose one.', {
          id: 'form.error.choose_one',
          desc: 'Radio buttons or a list left unanswered',
        });
      return msg('Fill in this field.', {
        id: 'form.error.required',
        desc: 'A required text field left empty',
      });
    case 'too_big': {
      const max = number(params.maximum ?? 0);
      if (kind === 'url' || kind === 'multiple')
        return msg(str`At most ${max}.`, {
          id: 'form.error.too_many',
          desc: 'Too many items given; the number is the limit',
        });
      return msg(str`Use at most ${max} characters.`, {
        id: 'form.error.too_long',
        desc: 'Text over its length limit; the number is the limit',
      });
    }
    case 'invalid_format':
      if (kind === 'email' || params.format === 'email')
        return msg('Enter an email address such as name@example.org.', { id: 'form.error.email' });
      return msg('Check the format of this answer.', { id: 'form.error.format' });
    case 'http_url':
      return msg('Enter a web address that starts with https:// or http://.', { id: 'form.error.url' });
    case 'none_with_others':
      return msg('“None of these” cannot be combined with another answer.', {
        id: 'form.error.none_with_others',
      });
    case 'plain_text':
      return msg('Remove the control characters or broken characters from this text.', {
        id: 'form.error.plain_text',
        desc: 'Text with invisible control characters or invalid Unicode',
      });
    case 'country_code':
      return msg('Choose a country from the list.', { id: 'form.error.country' });
    default:
      return msg('Check this answer.', { id: 'form.error.generic', desc: 'Any other problem with a field' });
  }
}

/** The refusal no more precise text explains (and what shows while those texts load). */
export const genericProblemText = () =>
  msg('The form could not be sent. Your answers are kept; please try again.', {
    id: 'form.problem.generic',
  });

/** Why the API refused a form, in words; `undefined` for problems shown next to fields. */
export function problemText(error: unknown, context: { waitlist?: boolean } = {}): string {
  if (!isLadApiError(error)) {
    if (isLadNetworkError(error)) return queuedText(false);
    return genericProblemText();
  }
  switch (error.code) {
    case 'registration-closed':
      return msg('Registration for this event is closed. Your answers were not sent.', {
        id: 'form.problem.closed',
      });
    case 'registration-not-open':
      return msg(
        'Registration for this event is not open yet. Your answers are kept; send them once it opens.',
        {
          id: 'form.problem.not_open',
        },
      );
    case 'event-full':
      return context.waitlist
        ? msg('All seats are taken. To join the waiting list, tick “Join the waiting list” and send again.', {
            id: 'form.problem.full_waitlist',
          })
        : msg('All seats are taken and this event has no waiting list.', { id: 'form.problem.full' });
    case 'proposals-closed':
      return msg('Proposals for this session are closed. Your text was not sent.', {
        id: 'form.problem.proposals_closed',
      });
    case 'rate-limited': {
      const minutes = minuteCount(Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)));
      return msg(
        str`Too many forms were sent from this connection. Please wait ${minutes} and send again; your answers are kept.`,
        {
          id: 'form.problem.rate_limited',
          desc: 'The API refused because of its rate limit; the placeholder is a number of minutes, e.g. 5 minutes',
        },
      );
    }
    case 'submitted-too-fast':
      return msg(
        'The form was sent only seconds after it was opened. Please check your answers and send it again.',
        {
          id: 'form.problem.too_fast',
        },
      );
    case 'already-registered':
      return msg(
        'An application with this email address was already sent for this event. If it was yours, your receipt confirms it; if not, write to the secretariat.',
        {
          id: 'form.problem.already_registered',
          desc: 'The API refused a second application from the same person to one event',
        },
      );
    case 'idempotency-key-reused':
      return msg('This form was already sent with other answers. Start a new form to send again.', {
        id: 'form.problem.key_reused',
      });
    case 'not-found':
      return msg('This event or committee could not be found.', { id: 'form.problem.not_found' });
    case 'validation-failed':
      return msg('Some answers need attention.', { id: 'form.problem.fields' });
    default:
      return genericProblemText();
  }
}

/** While a send waits for the connection. */

export const queuedText = (online: boolean) =>
  online
    ? msg(
        'Saved on this device — the server could not be reached. It will be sent automatically; you can also try now.',
        {
          id: 'form.queued.retrying',
        },
      )
    : msg('Saved — will send when you are back online.', {
        id: 'form.queued.offline',
        desc: 'The device is offline; the form is kept and sent when the connection returns',
      });

export const sendingText = () => msg('Sending…', { id: 'form.sending' });
export const requiredText = () =>
  msg('required', { id: 'form.required', desc: 'After the label of a required field' });
export const optionalText = () =>
  msg('optional', { id: 'form.optional', desc: 'After the label of an optional field' });
export const summaryTitle = (count: number) =>
  count === 1
    ? msg('There is a problem with 1 answer', { id: 'form.summary.one' })
    : msg(str`There are problems with ${number(count)} answers`, {
        id: 'form.summary.many',
        desc: 'Heading of the error summary; the number is how many fields',
      });
