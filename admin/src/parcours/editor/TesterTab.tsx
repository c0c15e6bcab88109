// The Tester: runs the simulator of @parcours/rules in the browser (no round trip) and draws the path on the diagram.
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Box, Button, Checkbox, FormControlLabel, Paper, Stack } from '@mui/material';
import { simulate, type SimulationResult } from '@parcours/rules';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { Diagram } from './Diagram';
import { useEditor } from './EditorContext';
import { simulationHighlight } from './path';
import { TesterAnswers, type Script } from './TesterAnswers';
import { defaultFacts, TesterPatient, type TesterPatientValue } from './TesterPatient';
import { TesterResult } from './TesterResult';

export const TesterTab = () => {
  const translate = useTranslate();
  const { draft, setHighlight } = useEditor();
  const [patient, setPatient] = useState<TesterPatientValue>(defaultFacts);
  const [script, setScript] = useState<Script>({});
  const [ignoreEligibility, setIgnoreEligibility] = useState(false);
  const [result, setResult] = useState<SimulationResult | null>(null);

  const run = async () => {
    const r = await simulate(draft, patient, script, new Date(), { ignoreEligibility, maxSteps: 100 });
    setResult(r);
    setHighlight(r.steps.length ? simulationHighlight(draft, r) : null);
  };

  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: { xs: 'wrap', lg: 'nowrap' } }}>
      <Paper variant="outlined" sx={{ flex: '1 1 40%', minWidth: 340, p: 2 }}>
        <Stack spacing={2}>
          <TesterPatient value={patient} onChange={setPatient} />
          <FormControlLabel
            control={<Checkbox checked={ignoreEligibility} onChange={(e) => setIgnoreEligibility(e.target.checked)} />}
            label={translate('parcours.tester.ignore_eligibility')}
          />
          <TesterAnswers draft={draft} script={script} onChange={setScript} />
          <Button variant="contained" startIcon={<PlayArrowIcon />} data-testid="tester-run" onClick={() => void run()}>
            {translate('parcours.tester.run')}
          </Button>
          {result ? <TesterResult result={result} /> : null}
        </Stack>
      </Paper>
      <Box sx={{ flex: '1 1 60%', minWidth: 360 }}>
        <Diagram interactive={false} />
      </Box>
    </Box>
  );
};
