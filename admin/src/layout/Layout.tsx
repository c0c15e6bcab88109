import type { ReactNode } from 'react';
import { Layout as RaLayout, useTranslate } from 'react-admin';
import { ThemeProvider, type Theme } from '@mui/material/styles';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

// Every progress indicator (react-admin's loading spinner in the app bar, list and form loaders) is a progressbar that
// needs an accessible name (axe: aria-progressbar-name); the theme gives them one, in the UI language.
const withNamedProgress =
  (name: string) =>
  (outer: Theme): Theme => ({
    ...outer,
    components: {
      ...outer.components,
      MuiCircularProgress: {
        ...outer.components?.MuiCircularProgress,
        defaultProps: { ...outer.components?.MuiCircularProgress?.defaultProps, 'aria-label': name },
      },
      MuiLinearProgress: {
        ...outer.components?.MuiLinearProgress,
        defaultProps: { ...outer.components?.MuiLinearProgress?.defaultProps, 'aria-label': name },
      },
    },
  });

export const Layout = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <ThemeProvider theme={withNamedProgress(translate('ra.page.loading'))}>
      <RaLayout appBar={AppBar} menu={Menu}>
        {children}
      </RaLayout>
    </ThemeProvider>
  );
};
