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
import { usePools } from '../../common/usePools';
import { namesPools } from './assignee';

export const TesterTab = () => {
  const translate = useTranslate();
  const { draft, setHighlight } = useEditor();
  const [patient, setPatient] = useState<TesterPatientValue>(defaultFacts);
  const [script, setScript] = useState<Script>({});
  const [ignoreEligibility, setIgnoreEligibility] = useState(false);
  // The simulator cannot know who is in each pool or who covers the patient's commune: assumed by default, or nobody.
  const [assumeReachable, setAssumeReachable] = useState(true);
  const pools = usePools(namesPools(draft));
  const [result, setResult] = useState<SimulationResult | null>(null);

  const run = async () => {
    const poolNames = Object.fromEntries(pools.map((p) => [p.key, p.label]));
    const assignment = assumeReachable ? { poolNames } : { poolNames, reachablePools: [], coveringProfessions: [] };
    const r = await simulate(draft, patient, script, new Date(), { ignoreEligibility, maxSteps: 100, assignment });
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
          <FormControlLabel
            control={
              <Checkbox
                checked={assumeReachable}
                slotProps={{ input: { 'data-testid': 'tester-assume-reachable' } as object }}
                onChange={(e) => setAssumeReachable(e.target.checked)}
              />
            }
            label={translate('parcours.tester.assume_reachable')}
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
