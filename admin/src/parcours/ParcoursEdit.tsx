import { lazy, Suspense } from 'react';
import { Loading } from 'react-admin';
import { RequireAccess } from '../common/RequireAccess';

// The editor pulls React Flow, dagre, CodeMirror and react-querybuilder: load them only when a parcours is opened.
const ParcoursEditor = lazy(() => import('./editor/ParcoursEditor'));

export const ParcoursEdit = () => (
  <RequireAccess action="show" resource="parcours">
    <Suspense fallback={<Loading />}>
      <ParcoursEditor />
    </Suspense>
  </RequireAccess>
);
