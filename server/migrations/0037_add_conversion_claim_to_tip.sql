-- SPDX-License-Identifier: EUPL-1.2
-- A tip being converted into a meldpunt case is claimed first (server/src/tips/conversion.ts):
-- filing the case and copying its files takes several statements and file writes, so two
-- handlers converting the same tip at once would otherwise both file a case. The claim does not
-- change the tip's version or status, so a conversion that fails leaves the tip as it was. A
-- claim older than a few minutes (a process that stopped half-way) no longer counts.
alter table tip add column conversion_claim uuid;
alter table tip add column conversion_claimed_at timestamptz;
alter table tip add constraint tip_conversion_claim_complete
  check ((conversion_claim is null) = (conversion_claimed_at is null));
