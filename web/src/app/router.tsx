import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { HomeRedirect } from './home-redirect';
import { RequireSession } from './require-session';
import { RouteError } from './route-error';

// Every page is its own chunk: the first visit downloads the shell and the page it opens, nothing more.
const SignInPage = lazy(() => import('../pages/sign-in/sign-in-page'));
const DashboardPage = lazy(() => import('../pages/dashboard/dashboard-page'));
const EmployeeListPage = lazy(() => import('../pages/employees/employee-list-page'));
const EmployeeProfilePage = lazy(() => import('../pages/employee-profile/employee-profile-page'));
const OrganisationPage = lazy(() => import('../pages/organisation/organisation-page'));
const PositionListPage = lazy(() => import('../pages/positions/position-list-page'));
const PositionPage = lazy(() => import('../pages/position/position-page'));
const EvaluationEntryPage = lazy(() => import('../pages/evaluations/evaluation-entry-page'));
const TalentPage = lazy(() => import('../pages/talent/talent-page'));
const NotFoundPage = lazy(() => import('../pages/not-found/not-found-page'));

const errorElement = <RouteError />;
const pageErrorElement = <RouteError inShell />;

export const router = createBrowserRouter([
  { path: '/masuk', element: <SignInPage />, errorElement },
  {
    path: '/',
    element: <RequireSession />,
    errorElement,
    children: [
      { index: true, element: <HomeRedirect />, errorElement: pageErrorElement },
      { path: 'dasbor', element: <DashboardPage />, errorElement: pageErrorElement },
      { path: 'pegawai', element: <EmployeeListPage />, errorElement: pageErrorElement },
      { path: 'pegawai/:nip', element: <EmployeeProfilePage />, errorElement: pageErrorElement },
      { path: 'organisasi', element: <OrganisationPage />, errorElement: pageErrorElement },
      { path: 'jabatan', element: <PositionListPage />, errorElement: pageErrorElement },
      { path: 'jabatan/:id', element: <PositionPage />, errorElement: pageErrorElement },
      { path: 'evaluasi', element: <EvaluationEntryPage />, errorElement: pageErrorElement },
      { path: 'talenta', element: <TalentPage />, errorElement: pageErrorElement },
      { path: '*', element: <NotFoundPage />, errorElement: pageErrorElement },
    ],
  },
]);
