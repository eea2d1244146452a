import { Spin } from 'antd';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { HOME, type Role } from '../lib/session';
import { useSessionUser } from '../lib/use-session';
import { AppLayout } from './layouts/app-layout';
import { PublicLayout } from './layouts/public-layout';

// Code-split per role: a unit officer's browser never downloads the chair's charts.
const LoginPage = lazy(() => import('../features/auth/login-page'));
const ChangePasswordPage = lazy(() => import('../features/auth/change-password-page'));
const PublicRankingPage = lazy(() => import('../features/public/public-ranking-page'));
const PublicUnitPage = lazy(() => import('../features/public/public-unit-page'));
// The screen each role lands on after signing in.
const LANDING = {
  unit: () => import('../features/unit/unit-dashboard-page'),
  reviewer: () => import('../features/reviewer/review-queue-page'),
  chair: () => import('../features/chair/chair-page'),
  agency: () => import('../features/agency/agency-grid-page'),
  admin: () => import('../features/admin/admin-page'),
};
const UnitDashboardPage = lazy(LANDING.unit);
const SubmissionPage = lazy(() => import('../features/unit/submission-page'));
const ReviewQueuePage = lazy(LANDING.reviewer);
const VerificationPage = lazy(() => import('../features/reviewer/verification-page'));
const ChairPage = lazy(LANDING.chair);
const AgencyGridPage = lazy(LANDING.agency);
const AdminPage = lazy(LANDING.admin);
const NotificationsPage = lazy(() => import('../features/notifications/notifications-page'));

/** While the person types a password, the browser fetches the landing screens: signing in then shows one at once. */
function PrefetchLandingPages() {
  useEffect(() => {
    const timer = setTimeout(() => Object.values(LANDING).forEach((load) => void load().catch(() => undefined)), 300);
    return () => clearTimeout(timer);
  }, []);
  return null;
}

function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const user = useSessionUser();
  const location = useLocation();
  if (!user) return <Navigate to="/dang-nhap" replace state={{ from: location.pathname }} />;
  if (!roles.includes(user.role)) return <Navigate to={HOME[user.role]} replace />;
  return children;
}

function Home() {
  const user = useSessionUser();
  return <Navigate to={user ? HOME[user.role] : '/dang-nhap'} replace />;
}

const UNIT: Role[] = ['UNIT_OFFICER', 'UNIT_HEAD'];
const ALL: Role[] = ['UNIT_OFFICER', 'UNIT_HEAD', 'SOURCE_AGENCY', 'REVIEWER', 'CHAIR', 'ADMIN'];

export function AppRouter() {
  return (
    <BrowserRouter>
      <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />}>
        <Routes>
          <Route element={<PublicLayout />}>
            <Route path="/" element={<PublicRankingPage />} />
            <Route path="/ket-qua/:year/:unitCode" element={<PublicUnitPage />} />
            <Route path="/dang-nhap" element={<><LoginPage /><PrefetchLandingPages /></>} />
          </Route>
          <Route path="/app" element={<RequireRole roles={ALL}><AppLayout /></RequireRole>}>
            <Route index element={<Home />} />
            <Route path="don-vi" element={<RequireRole roles={UNIT}><UnitDashboardPage /></RequireRole>} />
            <Route path="dau-moi" element={<RequireRole roles={['SOURCE_AGENCY']}><AgencyGridPage /></RequireRole>} />
            <Route path="ho-so/:id" element={<RequireRole roles={[...UNIT, 'SOURCE_AGENCY', 'ADMIN', 'CHAIR']}><SubmissionPage /></RequireRole>} />
            <Route path="tham-dinh" element={<RequireRole roles={['REVIEWER', 'ADMIN']}><ReviewQueuePage /></RequireRole>} />
            <Route path="tham-dinh/:id" element={<RequireRole roles={['REVIEWER']}><VerificationPage /></RequireRole>} />
            <Route path="phe-duyet" element={<RequireRole roles={['CHAIR', 'REVIEWER', 'ADMIN']}><ChairPage /></RequireRole>} />
            <Route path="quan-tri" element={<RequireRole roles={['ADMIN']}><AdminPage /></RequireRole>} />
            <Route path="thong-bao" element={<NotificationsPage />} />
            <Route path="doi-mat-khau" element={<ChangePasswordPage />} />
          </Route>
          <Route path="*" element={<Home />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
