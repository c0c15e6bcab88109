// The parcours editor page (lazy-loaded: React Flow, CodeMirror and the rule builder stay out of the first load).
import { Alert, Box, Card, CardContent, Tab, Tabs, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, RecordContextProvider, Title, useCanAccess, useGetRecordId, useTranslate } from 'react-admin';
import { useLocalizedText } from '../../common/useLocalizedText';
import type { Parcours } from '@parcours/rules/contract';
import { getParcours } from '../api';
import { ParcoursStatusField } from '../ParcoursStatusField';
import { asDraft, blankDraft } from './draft';
import { DiagramTab } from './DiagramTab';
import { EditorActions } from './EditorActions';
import { EDITOR_TABS, EditorProvider, useEditor, type EditorTab } from './EditorContext';
import { GeneralTab } from './GeneralTab';
import { JsonTab } from './JsonTab';
import { TesterTab } from './TesterTab';
import { VersionsTab } from './VersionsTab';

// The open tab lives in the editor's state, so that the list of errors can switch to the tab that shows one.
const EditorTabs = () => {
  const translate = useTranslate();
  const { tab, setTab } = useEditor();
  return (
    <>
      <Tabs value={tab} onChange={(_e, t: EditorTab) => setTab(t)} sx={{ mb: 2 }}>
        {EDITOR_TABS.map((t) => (
          <Tab key={t} value={t} label={translate(`parcours.editor.tabs.${t}`)} data-testid={`tab-${t}`} />
        ))}
      </Tabs>
      {tab === 'diagram' ? <DiagramTab /> : null}
      {tab === 'general' ? <GeneralTab /> : null}
      {tab === 'tester' ? <TesterTab /> : null}
      {tab === 'json' ? <JsonTab /> : null}
      {tab === 'versions' ? <VersionsTab /> : null}
    </>
  );
};

const EditorBody = ({ record, onChanged }: { record: Parcours; onChanged: () => void }) => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  // Auditors read definitions; only coordinators change them.
  const { canAccess: canEdit = false } = useCanAccess({ action: 'edit', resource: 'parcours' });
  const initial = asDraft(record.body) ?? blankDraft(record.key, localize(record.title));
  return (
    <EditorProvider id={record.id} initial={initial} readOnly={record.status !== 'draft' || !canEdit}>
      <Title title={`${localize(record.title)} — ${record.key}`} />
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Box
            sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}
          >
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
              <Typography variant="h5">{localize(record.title)}</Typography>
              <Typography color="text.secondary">
                {record.key}
                {record.version ? ` · v${record.version}` : ''}
              </Typography>
              <RecordContextProvider value={record}>
                <ParcoursStatusField source="status" />
              </RecordContextProvider>
            </Box>
            {canEdit ? <EditorActions status={record.status} onChanged={onChanged} /> : null}
          </Box>
          {record.status !== 'draft' ? (
            <Alert severity="info" sx={{ mt: 1 }}>
              {translate('parcours.editor.read_only')}
            </Alert>
          ) : null}
          <EditorTabs />
        </CardContent>
      </Card>
    </EditorProvider>
  );
};

const ParcoursEditor = () => {
  const id = String(useGetRecordId());
  const { data, error, isPending, isFetchedAfterMount, refetch } = useQuery({
    queryKey: ['parcours-record', id],
    queryFn: () => getParcours(id),
  });
  // The editor copies the definition once, when it mounts: never from a cached copy, which would show (and let her
  // save over) the draft as it was when she last opened it instead of what she saved since.
  if (isPending || (!isFetchedAfterMount && !error)) return <Loading />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  // Keyed by status so publishing or retiring remounts the editor read-only.
  return <EditorBody key={`${data.id}-${data.status}`} record={data} onChanged={() => void refetch()} />;
};

export default ParcoursEditor;
