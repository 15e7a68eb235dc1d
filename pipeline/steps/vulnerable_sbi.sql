-- SPDX-License-Identifier: EUPL-1.2
-- vulnerable_sbi: SBI 2008 code prefixes of the branches known to be vulnerable to criminal
-- misuse (RIEC/LIEC ondermijningsbeelden, ZoO "kwetsbare branches"). A code belongs to a branch
-- when it starts with the prefix.
SELECT prefix, branch FROM (VALUES
  ('451', 'autohandel'),
  ('7711', 'autoverhuur'),
  ('7712', 'verhuur van vrachtwagens'),
  ('55', 'logies'),
  ('56', 'eet- en drinkgelegenheden'),
  ('9602', 'kappers en schoonheidsverzorging'),
  ('532', 'koeriers'),
  ('494', 'goederenvervoer over de weg'),
  ('38', 'afvalinzameling en -verwerking'),
  ('6831', 'bemiddeling in onroerend goed'),
  ('6619', 'geldtransactiekantoren')
) AS v (prefix, branch)
