import { Box, Paper } from '@mui/material';
import { Diagram } from './Diagram';
import { DiagramToolbar } from './DiagramToolbar';
import { SelectionPanel } from './SelectionPanel';

export const DiagramTab = () => (
  <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: { xs: 'wrap', lg: 'nowrap' } }}>
    <Box sx={{ flex: '1 1 55%', minWidth: 360 }}>
      <DiagramToolbar />
      <Diagram />
    </Box>
    <Paper variant="outlined" sx={{ flex: '1 1 45%', minWidth: 360, p: 2, maxHeight: 640, overflow: 'auto' }}>
      <SelectionPanel />
    </Paper>
  </Box>
);
