// react-admin's themes with colours that meet WCAG 2.1 AA contrast (4.5:1 for text), which RGAA requires: the app bar's
// white text sits on the secondary colour, #2196f3 in react-admin's light theme (3.1:1); blue 800 gives 5.8:1.
import { grey } from '@mui/material/colors';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    // MUI's default primary (#1976d2) is 4.4:1 on react-admin's page background: text buttons fail by a hair.
    primary: { light: '#42a5f5', main: '#1565c0', dark: '#0d47a1', contrastText: '#fff' },
    // MUI's warning orange (#ed6c02) is 3:1 on white, as text and under a chip's white label: a darker orange, 5:1.
    warning: { light: '#ff9800', main: '#b45309', dark: '#8a3c00', contrastText: '#fff' },
    secondary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
  },
};

// react-admin's form toolbar is grey 300, on which the primary and error text buttons fall under 4.5:1: grey 100.
// An empty list's message and a disabled field's helper text use the « disabled » text colour (2.6:1), yet people must
// read them: the secondary text colour (7:1).
lightTheme.components = {
  ...defaultLightTheme.components,
  RaToolbar: { styleOverrides: { root: { backgroundColor: grey[100] } } },
  RaEmpty: { styleOverrides: { root: { '& .RaEmpty-message': { color: 'rgba(0, 0, 0, 0.6)' } } } },
  MuiFormHelperText: { styleOverrides: { root: { '&.Mui-disabled': { color: 'rgba(0, 0, 0, 0.6)' } } } },
};

export const darkTheme: RaThemeOptions = defaultDarkTheme;
