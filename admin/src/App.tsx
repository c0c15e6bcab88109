import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import audit from './audit';
import communes from './communes';
import breakGlass from './break-glass';
import { BreakGlassOpen } from './break-glass/BreakGlassOpen';
import { BREAK_GLASS_PATH } from './break-glass/BreakGlassMenuItem';
import { Dashboard } from './dashboard/Dashboard';
import enrolments from './enrolments';
import journeys from './journeys';
import messageDeliveries from './message-deliveries';
import messages from './messages';
import { AppTitle } from './layout/AppTitle';
import { Layout } from './layout/Layout';
import { JourneyPrint } from './journeys/JourneyPrint';
import { LoginPage } from './layout/LoginPage';
import { darkTheme, lightTheme } from './layout/theme';
import parcours from './parcours';
import patients from './patients';
import pools from './pools';
import { PatientAccessLog } from './patients/PatientAccessLog';
import { PatientImport } from './patients/PatientImport';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import tasks from './tasks';
import users from './users';

// Resources are listed in the order of a professional's day: their tasks first.
export const App = () => (
  <Admin
    title={<AppTitle />}
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    theme={lightTheme}
    darkTheme={darkTheme}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    <Resource name="tasks" {...tasks} />
    <Resource name="messages" {...messages} />
    <Resource name="journeys" {...journeys} />
    <Resource name="patients" {...patients} />
    <Resource name="parcours" {...parcours} />
    <Resource name="enrolments" {...enrolments} />
    <Resource name="message-deliveries" {...messageDeliveries} />
    <Resource name="audit" {...audit} />
    <Resource name="break-glass" {...breakGlass} />
    <Resource name="users" {...users} />
    <Resource name="pools" {...pools} />
    <Resource name="communes" {...communes} />
    <CustomRoutes>
      <Route path="/patients-import" element={<PatientImport />} />
      <Route path={BREAK_GLASS_PATH} element={<BreakGlassOpen />} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      <Route path="/journeys/:id/print" element={<JourneyPrint />} />
      <Route path="/patients/:id/access-log" element={<PatientAccessLog />} />
    </CustomRoutes>
  </Admin>
);
