import { Navigate } from 'react-router';
import { useSignedInUser } from '../api/use-session';
import { homePath } from './nav-items';

/** `/` sends each role to its landing page (an employee to their own profile). */
export function HomeRedirect() {
  const user = useSignedInUser();
  return <Navigate to={homePath(user)} replace />;
}
