// SPDX-License-Identifier: EUPL-1.2
import type { PeerGroupView } from '../../../../common/contracts/statistics-values';
import { Heading } from '../../ui/Heading';
import { Link } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';

const featureLabels: Record<string, string> = {
  population: 'inwonertal',
  addressDensity: 'stedelijkheid',
  income: 'inkomen',
  ownerOccupiedShare: 'aandeel koopwoningen',
  corporationShare: 'aandeel corporatiewoningen',
};

/** The peer gemeenten with why they are peers, and how the group was made. */
export function PeerList({ group, name }: { group: PeerGroupView; name: string }) {
  return (
    <section aria-labelledby="zicht-peers">
      <Heading level={2} id="zicht-peers">
        Vergelijkbare gemeenten
      </Heading>
      <Paragraph>
        De {group.peers.length} gemeenten die het meest op {name} lijken op{' '}
        {group.featuresUsed.map((f) => featureLabels[f] ?? f).join(', ')} (cijfers tot en met{' '}
        {group.featuresPeriod}). De kolom &quot;Vergelijkbare gemeenten&quot; hierboven is het
        cijfer van deze groep samen.{group.note ? ` ${group.note}` : ''}
      </Paragraph>
      {group.peers.length > 0 ? (
        <ol className="utrecht-ordered-list zicht-peers">
          {group.peers.map((p) => (
            <li key={p.code}>
              <Link to={`/zicht/regio/${p.code}`}>{p.name}</Link>:{' '}
              {p.summary.charAt(0).toLowerCase()}
              {p.summary.slice(1)}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
