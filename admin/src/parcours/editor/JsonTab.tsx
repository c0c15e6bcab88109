// For experts: the definition as JSON, validated as it is typed. Text that is not a usable draft is kept here (not
// applied) until it parses, so a half-typed brace never wipes the diagram.
import { json } from '@codemirror/lang-json';
import { Alert, Stack } from '@mui/material';
import CodeMirror, { EditorView } from '@uiw/react-codemirror';
import { validate } from '@parcours/rules';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useLocalizedText } from '../../common/useLocalizedText';
import { asDraft } from './draft';
import { useEditor } from './EditorContext';

// The editable text gets a name, and stays focusable when read-only so a keyboard can scroll and read it (axe:
// aria-input-field-name, scrollable-region-focusable).
const withName = (name: string, readOnly: boolean) => [
  json(),
  EditorView.contentAttributes.of({ 'aria-label': name, 'aria-readonly': String(readOnly), tabindex: '0' }),
];

export const JsonTab = () => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const { draft, setDraft, readOnly } = useEditor();
  const [text, setText] = useState(() => JSON.stringify(draft, null, 2));
  const [parseError, setParseError] = useState<string | null>(null);
  const extensions = useMemo(() => withName(translate('parcours.editor.tabs.json'), readOnly), [translate, readOnly]);
  const errors = useMemo(() => {
    try {
      return validate(JSON.parse(text)).errors;
    } catch {
      return [];
    }
  }, [text]);

  return (
    <Stack spacing={1}>
      <CodeMirror
        value={text}
        height="560px"
        extensions={extensions}
        readOnly={readOnly}
        onChange={(value) => {
          setText(value);
          try {
            const parsed = asDraft(JSON.parse(value));
            if (!parsed) throw new Error(translate('parcours.editor.json_not_definition'));
            setParseError(null);
            setDraft(() => parsed);
          } catch (e) {
            setParseError(e instanceof Error ? e.message : String(e));
          }
        }}
      />
      {parseError ? <Alert severity="error">{parseError}</Alert> : null}
      {!parseError && errors.length === 0 ? (
        <Alert severity="success">{translate('parcours.editor.valid')}</Alert>
      ) : null}
      {errors.map((e, i) => (
        <Alert key={i} severity="error" variant="outlined">
          <code>{e.pointer || '/'}</code> — {localize(e.message)}
        </Alert>
      ))}
    </Stack>
  );
};
