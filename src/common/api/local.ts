// H5 transport to the local runtime: POST /cloud/<name> as the identity chosen in local mode.
import { currentOpenId } from '../../dev/identity';

/** Resolves with the parsed envelope (whatever the HTTP status); rejects only when no answer came. */
export async function postLocal(name: string, data: unknown): Promise<unknown> {
  const res = await fetch(`/cloud/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-OpenId': currentOpenId() },
    body: JSON.stringify(data ?? {}),
  });
  try {
    return await res.json();
  } catch {
    return null; // not an envelope: a proxy's error page, say
  }
}
