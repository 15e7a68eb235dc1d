-- SPDX-License-Identifier: EUPL-1.2
-- The stappenplan as configuration: an organisation may replace the default template of a workflow
-- (steps, responsible role, deadlines, required records, allowed next steps). The definition is
-- checked against workflowTemplateSchema (common/workflow/template.ts) before it is stored.
create table report_workflow (
  organisation_id uuid not null references organisation (id),
  workflow text not null check (workflow in ('stappenplan', 'integriteit')),
  definition jsonb not null,
  updated_by uuid not null references app_user (id),
  updated_at timestamptz not null,
  primary key (organisation_id, workflow)
);
