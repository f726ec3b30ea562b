/**
 * POST /api/v1/trajectories/evaluate — the fixed contract (/work/shared/spec/trajectory-api.md):
 * evaluates a needle trajectory; no sign-in, nothing stored. Bad input → 400/413/415, never 500.
 */
import { evaluateRequestSchema, evaluateTrajectory, TrajectoryInputError } from "@/lib/trajectory";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 64 * 1024;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });

function invalid(issues: { path: string; message: string }[]) {
  return json(400, { error: "invalid_request", issues });
}

export async function POST(request: Request): Promise<Response> {
  try {
    const type = request.headers.get("content-type") ?? "";
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type.trim())) {
      return json(415, { error: "unsupported_media_type", message: "Send the request body as application/json." });
    }
    const declared = Number(request.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      return json(413, { error: "payload_too_large", message: `The body must not exceed ${MAX_BODY_BYTES} bytes.` });
    }
    const buf = await readLimited(request, MAX_BODY_BYTES);
    if (!buf) {
      return json(413, { error: "payload_too_large", message: `The body must not exceed ${MAX_BODY_BYTES} bytes.` });
    }
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(buf));
    } catch {
      return invalid([{ path: "", message: "The body is not valid JSON." }]);
    }
    const parsed = evaluateRequestSchema.safeParse(raw);
    if (!parsed.success) {
      return invalid(parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })));
    }
    try {
      return json(200, evaluateTrajectory(parsed.data));
    } catch (err) {
      if (err instanceof TrajectoryInputError) return invalid([{ path: err.path, message: err.message }]);
      throw err;
    }
  } catch (err) {
    // The contract never answers 500: a trajectory the model cannot evaluate is reported as a 400, and logged.
    console.error("trajectory evaluation failed", err);
    return invalid([{ path: "", message: "This trajectory could not be evaluated on this patient." }]);
  }
}

/** Read the body, giving up (null) as soon as it exceeds `limit` bytes — also without a Content-Length. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.byteLength;
  }
  return out;
}
