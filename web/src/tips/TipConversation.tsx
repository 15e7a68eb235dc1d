// SPDX-License-Identifier: EUPL-1.2
import type { TipMessage } from '../../../common/contracts/tips';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { formatDateTime } from '../ui/format';

/** The anonymous conversation, oldest first; text is always shown as text, never as markup. */
export function TipConversation({
  messages,
  viewer,
}: {
  messages: TipMessage[];
  viewer: 'sender' | 'handler';
}) {
  const sender = viewer === 'sender' ? 'U' : 'Tipgever (anoniem)';
  // The sender never learns which handler wrote: only the role.
  const who = (m: TipMessage) => (m.fromTipper ? sender : 'Behandelaar');
  return (
    <section aria-labelledby="gesprek">
      {viewer === 'sender' ? (
        <Heading level={3} id="gesprek">
          Berichten
        </Heading>
      ) : (
        <Heading level={2} id="gesprek">
          Gesprek met de tipgever
        </Heading>
      )}
      {messages.length === 0 ? <Paragraph>Er zijn nog geen berichten.</Paragraph> : null}
      <ol className="weerbaar-messages">
        {messages.map((m) => (
          <li key={m.id} className="weerbaar-message">
            <p className="utrecht-paragraph">
              <strong>{who(m)}</strong>, {formatDateTime(m.createdAt)}
            </p>
            <p className="utrecht-paragraph weerbaar-message__body">{m.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
