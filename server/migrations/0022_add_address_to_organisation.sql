-- SPDX-License-Identifier: EUPL-1.2
-- The organisation's visiting address: the domicile an office-holder gives in an aangifte, so
-- their home address never appears in police documents.
alter table organisation add column address text check (length(address) <= 300);
