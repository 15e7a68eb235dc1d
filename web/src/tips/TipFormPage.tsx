// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { useParams } from 'react-router';

import type { TipBox, TipCategory, TipReceipt } from '../../../common/contracts/tips';
import { tipCategoryLabels } from '../../../common/messages/tips-nl';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { FormField } from '../ui/FormField';
import { PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { SelectField } from '../ui/Select';
import { LoadError, Loading } from '../ui/Status';
import { TextareaField } from '../ui/Textarea';
import { TextField } from '../ui/Textbox';
import { useFormErrors } from '../ui/use-form-errors';

import { ReceiptPanel } from './ReceiptPanel';
import { TipEmergencyNotice } from './TipEmergencyNotice';
import { loadTipBox, readBase64, submitTip } from './public-api';

const idFor = (field: string) => `tip-${field.replace(/\./g, '-')}`;

function useTipBox(code: string) {
  const [state, setState] = useState<{ box?: TipBox; error?: unknown }>({});
  const load = useCallback(() => {
    loadTipBox(code).then(
      (box) => setState({ box }),
      (error: unknown) => setState({ error }),
    );
  }, [code]);
  useEffect(load, [load]);
  return { ...state, retry: load };
}

/** The public page where anyone leaves a tip without giving a name. */
export function TipFormPage() {
  const { code = '' } = useParams();
  const { box, error, retry } = useTipBox(code);
  const form = useFormErrors();
  const [category, setCategory] = useState<TipCategory>('undermining_signal');
  const [description, setDescription] = useState('');
  const [location, setLocation] = useState('');
  const [when, setWhen] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<TipReceipt | null>(null);

  if (error) return <LoadError error={error} onRetry={retry} />;
  if (!box) return <Loading />;
  if (receipt) return <ReceiptPanel receipt={receipt} organisation={box.organisation.name} />;

  const send = async () => {
    const fields: Record<string, string> = {};
    if (!description.trim()) fields.description = 'Beschrijf wat u weet of hebt gezien.';
    if (files.length > box.maxAttachments)
      fields.attachments = `U kunt hoogstens ${box.maxAttachments} bestanden meesturen.`;
    if (!form.fromFields(fields)) return;
    setBusy(true);
    try {
      const attachments = await Promise.all(
        files.map(async (f) => ({ fileName: f.name, contentBase64: await readBase64(f) })),
      );
      setReceipt(
        await submitTip(code, {
          category,
          description: description.trim(),
          ...(location.trim() ? { location: location.trim() } : {}),
          ...(when.trim() ? { when: when.trim() } : {}),
          attachments,
        }),
      );
    } catch (e) {
      form.fromError(e);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>{`Anonieme tip voor ${box.organisation.name}`}</PageHeading>
      <TipEmergencyNotice />
      <Paragraph lead>
        Weet of ziet u iets dat niet klopt, zoals criminaliteit in uw buurt, een bestuurder die
        wordt bedreigd of omgekocht? Geef het hier door. U hoeft uw naam niet te geven.
      </Paragraph>
      <Paragraph>
        Wij bewaren geen IP-adres en gebruiken geen cookies. Alles wat u invult, wordt versleuteld
        bewaard. Schrijf niets op waaraan iemand u kan herkennen als u anoniem wilt blijven.
      </Paragraph>
      <Paragraph>
        <Link to="/tip/postvak">Heeft u al een meldcode? Bekijk de reactie op uw tip.</Link>
      </Paragraph>
      <ErrorSummary errors={form.errors} idFor={idFor} />
      <form
        noValidate
        className="weerbaar-form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void send();
        }}
      >
        <SelectField
          id={idFor('category')}
          label="Waar gaat uw tip over?"
          error={form.errors.fields.category}
          options={box.categories.map((value) => ({ value, label: tipCategoryLabels[value] }))}
          value={category}
          onValueChange={(v) => setCategory(v as TipCategory)}
        />
        <TextareaField
          id={idFor('description')}
          label="Wat is er aan de hand?"
          description="Wat heeft u gezien of gehoord? Wie of wat is erbij betrokken?"
          rows={6}
          value={description}
          onValueChange={setDescription}
          error={form.errors.fields.description}
        />
        <TextField
          id={idFor('location')}
          label="Waar? (mag leeg)"
          description="Bijvoorbeeld een straat, een pand of een website."
          value={location}
          onValueChange={setLocation}
          error={form.errors.fields.location}
        />
        <TextField
          id={idFor('when')}
          label="Wanneer? (mag leeg)"
          description="Bijvoorbeeld: vorige week, elke vrijdagavond."
          value={when}
          onValueChange={setWhen}
          error={form.errors.fields.when}
        />
        <FormField
          id={idFor('attachments')}
          label="Foto’s of documenten (mag leeg)"
          description={`Hoogstens ${box.maxAttachments} bestanden: PNG, JPEG of PDF, elk hoogstens ${box.maxAttachmentBytes / 1024 / 1024} MB. Let op: een foto kan gegevens over u bevatten, zoals de plek waar hij is gemaakt.`}
          error={
            form.errors.fields.attachments ??
            Object.entries(form.errors.fields).find(([k]) => k.startsWith('attachments.'))?.[1]
          }
        >
          {({ invalid: _invalid, ...control }) => (
            <input
              {...control}
              type="file"
              multiple
              accept="image/png,image/jpeg,application/pdf"
              onChange={(e: ChangeEvent<HTMLInputElement>) =>
                setFiles(Array.from(e.target.files ?? []))
              }
              className="utrecht-textbox"
            />
          )}
        </FormField>
        <Button appearance="primary" type="submit" busy={busy}>
          Tip versturen
        </Button>
      </form>
    </>
  );
}
