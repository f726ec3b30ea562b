import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/trajectories/evaluate/route";

const URL_ = "http://localhost/api/v1/trajectories/evaluate";
const valid = { patient: { sex: "female" }, technique: "paravertebral-deep", muscle: "multifidus", entry: { level: "T6", side: "left", lateralMm: 12 }, direction: { ventral: 0.9, medial: 0.25, caudal: 0.25 }, depthMm: 40, needleLengthMm: 50 };
const post = (body: string, type = "application/json") => POST(new Request(URL_, { method: "POST", headers: { "content-type": type }, body }));
const issuePaths = async (res: Response) => ((await res.json()) as { issues: { path: string }[] }).issues.map((i) => i.path);

describe("POST /api/v1/trajectories/evaluate", () => {
  it("evaluates a valid request with every contract field", async () => {
    const res = await post(JSON.stringify(valid));
    expect(res.status).toBe(200);
    const b = await res.json();
    for (const k of ["verdict", "score", "entryPoint", "tip", "penetrated", "stoppedBy", "pleuraMarginMm", "skinToPleuraMm", "angleToSkinDeg", "downhill", "midlineDistanceMm", "fingerWidths", "violations"]) expect(b).toHaveProperty(k);
    expect(b.midlineDistanceMm).toBe(12);
    expect(b.fingerWidths).toBe(0.75);
  });
  it.each([
    ["unknown level", { ...valid, entry: { ...valid.entry, level: "T13" } }, "entry.level"],
    ["depth beyond the needle", { ...valid, depthMm: 60 }, "depthMm"],
    ["zero direction", { ...valid, direction: { ventral: 0, medial: 0, caudal: 0 } }, "direction"],
    ["wrong type", { ...valid, depthMm: "40" }, "depthMm"],
    ["missing sex", { ...valid, patient: {} }, "patient.sex"],
    ["bmi out of range", { ...valid, patient: { sex: "male", bmi: 60 } }, "patient.bmi"],
    ["negative lateral", { ...valid, entry: { ...valid.entry, lateralMm: -3 } }, "entry.lateralMm"],
    ["needle too long", { ...valid, needleLengthMm: 200 }, "needleLengthMm"],
    ["unknown technique", { ...valid, technique: "dart" }, "technique"],
    ["bad heading", { ...valid, direction: { angleToSkinDeg: 20, heading: "up" } }, "direction"],
    ["entry beside the body", { ...valid, entry: { ...valid.entry, lateralMm: 240 } }, "entry.lateralMm"],
  ])("400 for %s", async (_name, body, path) => {
    const res = await post(JSON.stringify(body));
    expect(res.status).toBe(400);
    const b = await res.clone().json();
    expect(b.error).toBe("invalid_request");
    expect(await issuePaths(res)).toContain(path);
  });
  it("400 for malformed JSON", async () => {
    const res = await post("{ not json");
    expect(res.status).toBe(400);
  });
  it("415 for a non-JSON body", async () => {
    expect((await post("level=T6", "application/x-www-form-urlencoded")).status).toBe(415);
    expect((await post(JSON.stringify(valid), "text/plain")).status).toBe(415);
  });
  it("413 for a body over 64 kB", async () => {
    const big = JSON.stringify({ ...valid, padding: "x".repeat(70 * 1024) });
    expect((await post(big)).status).toBe(413);
  });
});

describe("POST /api/v1/trajectories/evaluate, streamed bodies", () => {
  it("413 for an oversized body sent without a Content-Length", async () => {
    const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        if (sent++ < 6) ctrl.enqueue(chunk);
        else ctrl.close();
      },
    });
    const req = new Request(URL_, { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit & { duplex: "half" });
    expect((await POST(req)).status).toBe(413);
  });
  it("accepts application/json with a charset", async () => {
    expect((await post(JSON.stringify(valid), "application/json; charset=utf-8")).status).toBe(200);
  });
});
