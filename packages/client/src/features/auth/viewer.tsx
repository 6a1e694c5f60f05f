import { createContext, useContext } from 'react';
import { graphql } from '../../gql';
import type { ViewerFieldsFragment } from '../../gql/graphql';

export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    authenticated
    kind
    name
    role
    permissions { write manageAccess readPersonalData }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer { ...ViewerFields }
  }
`);

export const ViewerContext = createContext<ViewerFieldsFragment | null>(null);

/** Who is signed in; null outside the signed-in app (component tests). */
export function useViewer(): ViewerFieldsFragment | null {
  return useContext(ViewerContext);
}

/** Whether to offer writes: coordinators and admins; everyone when no viewer is known (tests). */
export function useCanWrite(): boolean {
  const viewer = useViewer();
  return viewer ? viewer.permissions.write : true;
}

export async function signIn(login: string, password: string): Promise<{ ok: true } | { ok: false; status: number; message: string }> {
  const response = await fetch('/auth/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (response.ok) return { ok: true };
  let message = '';
  try {
    message = ((await response.json()) as { error?: string }).error ?? '';
  } catch {
    // Not JSON: the status says enough.
  }
  return { ok: false, status: response.status, message };
}

export async function signOut(): Promise<void> {
  await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: '{}' });
}
