import {
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BulbOutlined,
  CarryOutOutlined,
  CloudSyncOutlined,
  DashboardOutlined,
  FlagOutlined,
  FormOutlined,
  IdcardOutlined,
  NodeIndexOutlined,
  SolutionOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { SessionUser } from '../api/types';

export interface NavLink {
  readonly key: string;
  readonly path: string;
  readonly label: string;
  readonly icon: ReactNode;
}

interface NavGroup {
  readonly key: string;
  readonly label: string | null;
  readonly links: readonly NavLink[];
}

/**
 * Navigation built from what the server allows the user (`actions`), so each role sees its own
 * menu: an employee gets their profile and the organisation chart, never the employee list.
 */
export function navGroups(user: SessionUser, t: TFunction): NavGroup[] {
  const can = (a: string) => user.actions.includes(a);
  const top: NavLink[] = [];
  if (can('dashboard.read'))
    top.push({ key: 'dashboard', path: '/dasbor', label: t('nav.dashboard'), icon: <DashboardOutlined /> });
  const workforce: NavLink[] = [];
  if (can('employee.list'))
    workforce.push({ key: 'employees', path: '/pegawai', label: t('nav.employees'), icon: <TeamOutlined /> });
  if (user.employeeNip) {
    workforce.push({
      key: 'me',
      path: `/pegawai/${user.employeeNip}`,
      label: t('nav.myProfile'),
      icon: <IdcardOutlined />,
    });
  }
  if (can('evaluation.write'))
    workforce.push({
      key: 'evaluations',
      path: '/evaluasi',
      label: t('evaluation.nav.entry'),
      icon: <FormOutlined />,
    });
  if (can('evaluation.read')) {
    workforce.push({
      key: 'innovations',
      path: '/inovasi',
      label: t('registers.nav.innovations'),
      icon: <BulbOutlined />,
    });
    workforce.push({
      key: 'programs',
      path: '/program',
      label: t('registers.nav.programs'),
      icon: <FlagOutlined />,
    });
  }
  if (can('talent.read'))
    workforce.push({
      key: 'talent',
      path: '/talenta',
      label: t('evaluation.nav.talent'),
      icon: <AppstoreOutlined />,
    });
  if (can('plan.view'))
    workforce.push({
      key: 'plans',
      path: '/rencana-mutasi',
      label: t('planning.nav'),
      icon: <NodeIndexOutlined />,
    });
  const organisation: NavLink[] = [];
  if (can('unit.read'))
    organisation.push({
      key: 'units',
      path: '/organisasi',
      label: t('nav.units'),
      icon: <ApartmentOutlined />,
    });
  if (can('position.list'))
    organisation.push({
      key: 'positions',
      path: '/jabatan',
      label: t('nav.positions'),
      icon: <SolutionOutlined />,
    });
  const process: NavLink[] = [];
  if (can('proposal.read'))
    process.push({
      key: 'proposals',
      path: '/usulan',
      label: t('process.nav.proposals'),
      icon: <SwapOutlined />,
    });
  if (can('board.read'))
    process.push({
      key: 'board',
      path: '/sidang-tpk',
      label: t('process.nav.board'),
      icon: <CarryOutOutlined />,
    });
  if (can('data.import') || can('data.export'))
    process.push({
      key: 'import-export',
      path: '/impor-ekspor',
      label: t('importExport.nav'),
      icon: <CloudSyncOutlined />,
    });
  if (can('audit.read'))
    process.push({ key: 'audit', path: '/audit', label: t('process.nav.audit'), icon: <AuditOutlined /> });
  return [
    { key: 'top', label: null, links: top },
    { key: 'workforce', label: t('nav.groupWorkforce'), links: workforce },
    { key: 'organisation', label: t('nav.groupOrganisation'), links: organisation },
    { key: 'process', label: t('process.nav.group'), links: process },
  ].filter((g) => g.links.length > 0);
}

/** The menu entry for the current path: the own profile beats the employee list. */
export function selectedNavKey(pathname: string, user: SessionUser): string | undefined {
  if (user.employeeNip && pathname === `/pegawai/${user.employeeNip}`) return 'me';
  if (pathname.startsWith('/dasbor')) return 'dashboard';
  if (pathname.startsWith('/pegawai')) return 'employees';
  if (pathname.startsWith('/organisasi')) return 'units';
  if (pathname.startsWith('/jabatan')) return 'positions';
  if (pathname.startsWith('/evaluasi')) return 'evaluations';
  if (pathname.startsWith('/talenta')) return 'talent';
  if (pathname.startsWith('/inovasi')) return 'innovations';
  if (pathname.startsWith('/program')) return 'programs';
  if (pathname.startsWith('/usulan')) return 'proposals';
  if (pathname.startsWith('/sidang-tpk')) return 'board';
  if (pathname.startsWith('/audit')) return 'audit';
  if (pathname.startsWith('/impor-ekspor')) return 'import-export';
  if (pathname.startsWith('/rencana-mutasi')) return 'plans';
  return undefined;
}

/** Where a user lands after signing in. */
export function homePath(user: SessionUser): string {
  if (user.actions.includes('dashboard.read')) return '/dasbor';
  if (user.employeeNip) return `/pegawai/${user.employeeNip}`;
  return '/organisasi';
}

/** Menu items whose labels are real links: keyboard, middle-click and screen readers work as usual. */
export function toMenuItems(groups: readonly NavGroup[], collapsed: boolean): MenuProps['items'] {
  return groups.map((g) => ({
    type: 'group' as const,
    key: g.key,
    label: g.label && !collapsed ? g.label : undefined,
    children: g.links.map((l) => ({
      key: l.key,
      icon: l.icon,
      label: <Link to={l.path}>{l.label}</Link>,
      title: l.label,
    })),
  }));
}
