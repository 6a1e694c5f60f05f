import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { getFragmentData } from '../gql';
import { AccountMenu } from '../features/auth/AccountMenu';
import { LoginPage } from '../features/auth/LoginPage';
import { signOut, ViewerContext, ViewerFields, ViewerQuery } from '../features/auth/viewer';
import { Loading, ErrorMessage } from '../ui/states';
import { setUnauthenticatedHandler } from './apollo';
import { App } from './App';

/** Signs the coordinator in (session cookie) before the app; a 401 anywhere brings the sign-in page back. */
export function Root() {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(ViewerQuery, { fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true });
  const [expired, setExpired] = useState(false);
  useEffect(() => {
    setUnauthenticatedHandler(() => setExpired(true));
  }, []);
  const status = (error as { statusCode?: number } | undefined)?.statusCode;
  const viewer = data ? getFragmentData(ViewerFields, data.viewer) : null;
  const signedIn = () => {
    setExpired(false);
    void client.resetStore().then(() => refetch());
  };
  if (status === 401 || (expired && !loading)) return <LoginPage onSignedIn={signedIn} expired={expired && status !== 401} />;
  if (!viewer && loading) return <Loading />;
  if (error || !viewer) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!viewer.authenticated) return <LoginPage onSignedIn={signedIn} />;
  return (
    <ViewerContext.Provider value={viewer}>
      <App
        account={
          <AccountMenu
            viewer={viewer}
            onSignOut={async () => {
              await signOut();
              await client.clearStore();
              setExpired(false);
              await refetch().catch(() => undefined);
            }}
          />
        }
      />
    </ViewerContext.Provider>
  );
}
