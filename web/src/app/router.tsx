import { lazy, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { isNipParam, isRecordId } from '../lib/route-params';
import { HomeRedirect } from './home-redirect';
import { RequireSession } from './require-session';
import { RouteError } from './route-error';
import { ValidParam } from './valid-param';

// Every page is its own chunk: the first visit downloads the shell and the page it opens, nothing more.
const SignInPage = lazy(() => import('../pages/sign-in/sign-in-page'));
const DashboardPage = lazy(() => import('../pages/dashboard/dashboard-page'));
const EmployeeListPage = lazy(() => import('../pages/employees/employee-list-page'));
const EmployeeProfilePage = lazy(() => import('../pages/employee-profile/employee-profile-page'));
const OrganisationPage = lazy(() => import('../pages/organisation/organisation-page'));
const PositionListPage = lazy(() => import('../pages/positions/position-list-page'));
const PositionPage = lazy(() => import('../pages/position/position-page'));
const EvaluationEntryPage = lazy(() => import('../pages/evaluations/evaluation-entry-page'));
const InnovationRegisterPage = lazy(() => import('../pages/registers/innovation-register-page'));
const ProgramRegisterPage = lazy(() => import('../pages/registers/program-register-page'));
const ProgramPage = lazy(() => import('../pages/registers/program-page'));
const TalentPage = lazy(() => import('../pages/talent/talent-page'));
const ScenarioListPage = lazy(() => import('../pages/plans/scenario-list-page'));
const ScenarioPage = lazy(() => import('../pages/plans/scenario-page'));
const ScenarioEditorPage = lazy(() => import('../pages/plans/scenario-editor-page'));
const PlanPage = lazy(() => import('../pages/plans/plan-page'));
const PlanComparePage = lazy(() => import('../pages/plans/compare-page'));
const ProposalInboxPage = lazy(() => import('../pages/proposals/proposal-inbox-page'));
const ProposalPage = lazy(() => import('../pages/proposals/proposal-page'));
const BoardSessionsPage = lazy(() => import('../pages/board/board-sessions-page'));
const BoardSessionPage = lazy(() => import('../pages/board/board-session-page'));
const AuditPage = lazy(() => import('../pages/audit/audit-page'));
const ImportExportPage = lazy(() => import('../pages/import-export/import-export-page'));
const TransparencyPage = lazy(() => import('../pages/transparency/transparency-page'));
const NotFoundPage = lazy(() => import('../pages/not-found/not-found-page'));

const errorElement = <RouteError />;
const pageErrorElement = <RouteError inShell />;
/** A detail page whose `:id` must be a record id; anything else is the 404 page, never a page that loads forever. */
const byId = (page: ReactNode) => (
  <ValidParam name="id" valid={isRecordId}>
    {page}
  </ValidParam>
);

export const router = createBrowserRouter([
  { path: '/masuk', element: <SignInPage />, errorElement },
  { path: '/transparansi', element: <TransparencyPage />, errorElement },
  {
    path: '/',
    element: <RequireSession />,
    errorElement,
    children: [
      { index: true, element: <HomeRedirect />, errorElement: pageErrorElement },
      { path: 'dasbor', element: <DashboardPage />, errorElement: pageErrorElement },
      { path: 'pegawai', element: <EmployeeListPage />, errorElement: pageErrorElement },
      {
        path: 'pegawai/:nip',
        element: (
          <ValidParam name="nip" valid={isNipParam}>
            <EmployeeProfilePage />
          </ValidParam>
        ),
        errorElement: pageErrorElement,
      },
      { path: 'organisasi', element: <OrganisationPage />, errorElement: pageErrorElement },
      { path: 'jabatan', element: <PositionListPage />, errorElement: pageErrorElement },
      { path: 'jabatan/:id', element: byId(<PositionPage />), errorElement: pageErrorElement },
      { path: 'evaluasi', element: <EvaluationEntryPage />, errorElement: pageErrorElement },
      { path: 'inovasi', element: <InnovationRegisterPage />, errorElement: pageErrorElement },
      { path: 'program', element: <ProgramRegisterPage />, errorElement: pageErrorElement },
      { path: 'program/:id', element: byId(<ProgramPage />), errorElement: pageErrorElement },
      { path: 'talenta', element: <TalentPage />, errorElement: pageErrorElement },
      { path: 'rencana-mutasi', element: <ScenarioListPage />, errorElement: pageErrorElement },
      {
        path: 'rencana-mutasi/skenario/baru',
        element: <ScenarioEditorPage />,
        errorElement: pageErrorElement,
      },
      {
        path: 'rencana-mutasi/skenario/:id',
        element: byId(<ScenarioPage />),
        errorElement: pageErrorElement,
      },
      {
        path: 'rencana-mutasi/skenario/:id/ubah',
        element: byId(<ScenarioEditorPage />),
        errorElement: pageErrorElement,
      },
      { path: 'rencana-mutasi/rencana/:id', element: byId(<PlanPage />), errorElement: pageErrorElement },
      { path: 'rencana-mutasi/bandingkan', element: <PlanComparePage />, errorElement: pageErrorElement },
      { path: 'usulan', element: <ProposalInboxPage />, errorElement: pageErrorElement },
      { path: 'usulan/:id', element: byId(<ProposalPage />), errorElement: pageErrorElement },
      { path: 'sidang-tpk', element: <BoardSessionsPage />, errorElement: pageErrorElement },
      { path: 'sidang-tpk/:id', element: byId(<BoardSessionPage />), errorElement: pageErrorElement },
      { path: 'audit', element: <AuditPage />, errorElement: pageErrorElement },
      { path: 'impor-ekspor', element: <ImportExportPage />, errorElement: pageErrorElement },
      { path: '*', element: <NotFoundPage />, errorElement: pageErrorElement },
    ],
  },
]);
