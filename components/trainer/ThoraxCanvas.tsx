"use client";

import { OrbitControls } from "@react-three/drei";
import { Canvas, useThree, type ThreeEvent } from "@react-three/fiber";
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from "react";
import * as THREE from "three";
import type { ThoraxModel } from "@/lib/anatomy";
import { GROUP_COLORS, layerOf, type CameraApi, type LayerState, type NeedleView, type Vec3 } from "./types";

/**
 * The 3D view: the parametric thorax (patient frame: x = patient's left, y = cranial, z = ventral,
 * millimetres), the needle with its drag handle, labels of spinous processes and ribs, and an optional
 * transverse clipping plane at the entry level. Renders on demand (and continuously while auto-rotating).
 */

export type ThoraxCanvasProps = {
  model: ThoraxModel;
  layers: LayerState;
  labels: boolean;
  ribWord: string;
  needle: NeedleView | null;
  /** inward skin normal at the entry, for keeping the dragged needle inside the body */
  normal: Vec3 | null;
  clipAtY: number | null;
  autoRotate: boolean;
  focus: Vec3;
  position: "prone" | "side-lying" | "supine";
  cameraRef: Ref<CameraApi>;
  onSkinPoint: (point: Vec3) => void;
  onDirection: (dir: Vec3) => void;
};

const RENDER_ORDER: Record<string, number> = { bone: 0, cartilage: 0, canal: 0, lung: 1, pleura: 2, muscle: 3, subcutis: 4, skin: 5 };

/** A slightly different shade per muscle, so neighbouring muscles can be told apart. */
function muscleShade(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  const color = new THREE.Color(GROUP_COLORS.muscle);
  const hsl = { h: 0, s: 0, l: 0 };
  color.getHSL(hsl);
  color.setHSL(hsl.h + ((h % 7) - 3) * 0.012, hsl.s, hsl.l + ((h >> 3) % 5 - 2) * 0.03);
  return `#${color.getHexString()}`;
}

/**
 * One mesh per tissue group (not per structure): ~8 draw calls instead of ~270, which matters with a
 * software renderer. Muscles keep their own shade through vertex colours.
 */
function Structures({ model, layers, clipPlanes, onSkinPoint, software }: { model: ThoraxModel; layers: LayerState; clipPlanes: THREE.Plane[]; onSkinPoint: (p: Vec3) => void; software: boolean }) {
  const groups = useMemo(() => {
    const byGroup = new Map<string, ThoraxModel["structures"]>();
    for (const s of model.structures) {
      const list = byGroup.get(s.group);
      if (list) list.push(s);
      else byGroup.set(s.group, [s]);
    }
    return [...byGroup.entries()].map(([group, list]) => {
      const vertexCount = list.reduce((n, s) => n + s.positions.length / 3, 0);
      const indexCount = list.reduce((n, s) => n + s.indices.length, 0);
      const positions = new Float32Array(vertexCount * 3);
      const colors = new Float32Array(vertexCount * 3);
      const indices = new Uint32Array(indexCount);
      let v = 0;
      let i = 0;
      const c = new THREE.Color();
      for (const s of list) {
        positions.set(s.positions, v * 3);
        c.set(group === "muscle" ? muscleShade(s.id) : (GROUP_COLORS[group] ?? "#999999"));
        for (let k = 0; k < s.positions.length / 3; k++) colors.set([c.r, c.g, c.b], (v + k) * 3);
        for (let k = 0; k < s.indices.length; k++) indices[i + k] = s.indices[k]! + v;
        v += s.positions.length / 3;
        i += s.indices.length;
      }
      const geometry = new THREE.BufferGeometry();
      geometry.setAttribute("position", new THREE.BufferAttribute(positions, 3));
      geometry.setAttribute("color", new THREE.BufferAttribute(colors, 3));
      geometry.setIndex(new THREE.BufferAttribute(indices, 1));
      geometry.computeVertexNormals();
      geometry.computeBoundingSphere();
      return { group, geometry };
    });
  }, [model]);
  useEffect(() => () => groups.forEach((g) => g.geometry.dispose()), [groups]);

  const onClick = useCallback(
    (e: ThreeEvent<MouseEvent>) => {
      // A drag that orbits the camera also ends in a click: only a short press places the needle.
      if (e.delta > 4) return;
      e.stopPropagation();
      onSkinPoint([e.point.x, e.point.y, e.point.z]);
    },
    [onSkinPoint],
  );

  return (
    <group>
      {groups.map(({ group, geometry }) => {
        const layer = layers[layerOf(group)];
        const opacity = layer.opacity;
        const common = {
          // material.visible, not mesh.visible: a hidden skin still receives clicks.
          visible: layer.visible && opacity > 0.01,
          vertexColors: true,
          transparent: opacity < 1,
          opacity,
          depthWrite: opacity >= 1,
          // Surfaces are closed and wound outward: back faces only matter when the clipping plane opens them.
          side: clipPlanes.length ? THREE.DoubleSide : THREE.FrontSide,
          clippingPlanes: clipPlanes,
        };
        return (
          <mesh key={group} name={group} geometry={geometry} renderOrder={RENDER_ORDER[group] ?? 3} onClick={group === "skin" ? onClick : undefined}>
            {/* A CPU rasteriser pays for every fragment: Lambert shading there, physically based elsewhere. */}
            {software ? <meshLambertMaterial {...common} /> : <meshStandardMaterial {...common} roughness={group === "bone" ? 0.55 : 0.75} metalness={0} />}
          </mesh>
        );
      })}
    </group>
  );
}

/** True when WebGL runs on a CPU rasteriser (SwiftShader, llvmpipe): then no MSAA and device pixel ratio 1. */
function softwareRenderer(): boolean {
  try {
    const gl = document.createElement("canvas").getContext("webgl2");
    const ext = gl?.getExtension("WEBGL_debug_renderer_info");
    const name = ext && gl ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : "";
    gl?.getExtension("WEBGL_lose_context")?.loseContext();
    return /swiftshader|llvmpipe|software/i.test(name);
  } catch {
    return false;
  }
}

function labelTexture(text: string, accent: string) {
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d")!;
  const font = "600 40px system-ui, -apple-system, 'Segoe UI', sans-serif";
  ctx.font = font;
  const w = Math.ceil(ctx.measureText(text).width) + 28;
  canvas.width = w;
  canvas.height = 60;
  ctx.font = font;
  ctx.fillStyle = "rgba(15, 23, 42, 0.78)";
  ctx.beginPath();
  ctx.roundRect(0, 0, w, 60, 14);
  ctx.fill();
  ctx.fillStyle = accent;
  ctx.fillRect(0, 0, 6, 60);
  ctx.fillStyle = "#ffffff";
  ctx.textBaseline = "middle";
  ctx.fillText(text, 16, 32);
  const texture = new THREE.CanvasTexture(canvas);
  texture.colorSpace = THREE.SRGBColorSpace;
  texture.anisotropy = 4;
  return { texture, aspect: w / 60 };
}

function Label({ text, position, accent, height = 7 }: { text: string; position: Vec3; accent: string; height?: number }) {
  const { texture, aspect } = useMemo(() => labelTexture(text, accent), [text, accent]);
  useEffect(() => () => texture.dispose(), [texture]);
  return (
    <sprite position={position} scale={[height * aspect, height, 1]} renderOrder={20}>
      <spriteMaterial map={texture} depthTest={false} depthWrite={false} transparent />
    </sprite>
  );
}

function Labels({ model, ribWord }: { model: ThoraxModel; ribWord: string }) {
  const items = useMemo(() => {
    const out: { key: string; text: string; position: Vec3; accent: string }[] = [];
    for (const [level, tip] of Object.entries(model.landmarks.spinousTips)) {
      out.push({ key: `sp-${level}`, text: level, position: [tip[0], tip[1], tip[2] - 14], accent: "#f2c94c" });
    }
    // Rib angles: the most dorsal point of each rib, where it is palpated from behind.
    for (const [key, p] of Object.entries(model.landmarks.ribAngles ?? {})) {
      const [n, side] = key.split("-");
      const sign = side === "left" ? 1 : -1;
      out.push({ key: `rib-${key}`, text: `${ribWord} ${n}`, position: [p[0] + sign * 16, p[1], p[2] - 10], accent: "#6fa3dc" });
    }
    return out;
  }, [model, ribWord]);
  return (
    <group>
      {items.map((l) => (
        <Label key={l.key} text={l.text} position={l.position} accent={l.accent} height={l.key.startsWith("sp-") ? 7 : 5} />
      ))}
    </group>
  );
}

const UP = new THREE.Vector3(0, 1, 0);

function setCursor(cursor: string) {
  document.body.style.cursor = cursor;
}

function Needle({ needle, normal, onDirection }: { needle: NeedleView; normal: Vec3 | null; onDirection: (d: Vec3) => void }) {
  const get = useThree((s) => s.get);
  const setControlsEnabled = (enabled: boolean) => {
    const controls = get().controls as unknown as { enabled: boolean } | null;
    if (controls) controls.enabled = enabled;
  };
  const dragging = useRef(false);
  const entry = useMemo(() => new THREE.Vector3(...needle.entry), [needle.entry]);
  const dir = useMemo(() => new THREE.Vector3(...needle.dir).normalize(), [needle.dir]);
  const quaternion = useMemo(() => new THREE.Quaternion().setFromUnitVectors(UP, dir.clone().negate()), [dir]);
  const inserted = Math.max(0, Math.min(needle.depthMm, entry.distanceTo(new THREE.Vector3(...needle.tip))));
  const outside = Math.max(0, needle.lengthMm - inserted);
  const gripAt = outside + 14;
  const hubColor = needle.unsafe ? "#dc2626" : "#0f766e";

  const onDown = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    dragging.current = true;
    setControlsEnabled(false);
    (e.target as unknown as Element).setPointerCapture?.(e.pointerId);
  };
  const onUp = (e: ThreeEvent<PointerEvent>) => {
    if (!dragging.current) return;
    dragging.current = false;
    setControlsEnabled(true);
    (e.target as unknown as Element).releasePointerCapture?.(e.pointerId);
  };
  const onMove = (e: ThreeEvent<PointerEvent>) => {
    if (!dragging.current) return;
    e.stopPropagation();
    // The needle pivots about the entry point: the grip moves on a sphere around it.
    const sphere = new THREE.Sphere(entry, gripAt);
    const hit = new THREE.Vector3();
    if (!e.ray.intersectSphere(sphere, hit)) {
      e.ray.closestPointToPoint(entry, hit);
      hit.sub(entry).setLength(gripAt).add(entry);
    }
    let d = entry.clone().sub(hit).normalize();
    if (normal) {
      const n = new THREE.Vector3(...normal).normalize();
      const minSin = Math.sin((3 * Math.PI) / 180);
      if (d.dot(n) < minSin) {
        const tangent = d.clone().sub(n.clone().multiplyScalar(d.dot(n)));
        if (tangent.lengthSq() < 1e-9) tangent.set(1, 0, 0);
        d = tangent.normalize().multiplyScalar(Math.cos(Math.asin(minSin))).add(n.multiplyScalar(minSin)).normalize();
      }
    }
    onDirection([d.x, d.y, d.z]);
  };

  return (
    <group position={entry} quaternion={quaternion}>
      {/* the part inside the body */}
      {inserted > 0 && (
        <mesh position={[0, -inserted / 2, 0]} renderOrder={10}>
          <cylinderGeometry args={[0.7, 0.5, inserted, 12]} />
          <meshStandardMaterial color={needle.unsafe ? "#f87171" : "#e5e7eb"} metalness={0.6} roughness={0.25} depthTest={false} transparent opacity={0.95} />
        </mesh>
      )}
      {/* the rest of the track the needle would follow if pushed in fully */}
      {needle.lengthMm - inserted > 0.5 && (
        <mesh position={[0, -(inserted + (needle.lengthMm - inserted) / 2), 0]} renderOrder={9}>
          <cylinderGeometry args={[0.35, 0.35, needle.lengthMm - inserted, 8]} />
          <meshBasicMaterial color="#38bdf8" transparent opacity={0.35} depthTest={false} />
        </mesh>
      )}
      {outside > 0 && (
        <mesh position={[0, outside / 2, 0]}>
          <cylinderGeometry args={[0.7, 0.7, outside, 12]} />
          <meshStandardMaterial color="#d1d5db" metalness={0.7} roughness={0.2} />
        </mesh>
      )}
      <mesh position={[0, outside + 6, 0]}>
        <cylinderGeometry args={[2.2, 1.6, 12, 16]} />
        <meshStandardMaterial color={hubColor} roughness={0.4} />
      </mesh>
      <mesh
        position={[0, gripAt, 0]}
        onPointerDown={onDown}
        onPointerUp={onUp}
        onPointerMove={onMove}
        onPointerCancel={onUp}
        onPointerOver={() => setCursor("grab")}
        onPointerOut={() => setCursor("")}
      >
        <sphereGeometry args={[4.2, 20, 16]} />
        <meshStandardMaterial color="#f59e0b" emissive="#b45309" emissiveIntensity={0.25} roughness={0.35} />
      </mesh>
    </group>
  );
}

function EntryMarker({ point }: { point: Vec3 }) {
  return (
    <mesh position={point} renderOrder={11}>
      <sphereGeometry args={[2.2, 16, 12]} />
      <meshBasicMaterial color="#0ea5e9" depthTest={false} transparent opacity={0.9} />
    </mesh>
  );
}

function Table({ model, position }: { model: ThoraxModel; position: ThoraxCanvasProps["position"] }) {
  const box = useMemo(() => {
    const b = new THREE.Box3();
    for (const s of model.structures) {
      if (s.group !== "skin") continue;
      for (let i = 0; i < s.positions.length; i += 3) b.expandByPoint(new THREE.Vector3(s.positions[i], s.positions[i + 1], s.positions[i + 2]));
    }
    return b;
  }, [model]);
  if (box.isEmpty()) return null;
  const c = box.getCenter(new THREE.Vector3());
  const size = box.getSize(new THREE.Vector3());
  const len = size.y + 300;
  // The couch sits where gravity puts it: under the belly (prone), the back (supine) or one side.
  const props =
    position === "prone"
      ? { position: [c.x, c.y, box.max.z + 12] as Vec3, args: [size.x + 220, len, 20] as [number, number, number] }
      : position === "supine"
        ? { position: [c.x, c.y, box.min.z - 12] as Vec3, args: [size.x + 220, len, 20] as [number, number, number] }
        : { position: [box.min.x - 12, c.y, c.z] as Vec3, args: [20, len, size.z + 220] as [number, number, number] };
  return (
    <mesh position={props.position} raycast={() => null}>
      <boxGeometry args={props.args} />
      <meshStandardMaterial color="#475569" transparent opacity={position === "supine" ? 0.1 : 0.22} depthWrite={false} />
    </mesh>
  );
}

// An oblique view from behind, above and to the patient's left: depth reads better than straight on.
const HOME_OFFSET = new THREE.Vector3(-230, 170, -400);

function CameraRig({ focus, apiRef }: { focus: Vec3; apiRef: Ref<CameraApi> }) {
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as unknown as { target: THREE.Vector3; update: () => void } | null;
  const invalidate = useThree((s) => s.invalidate);
  const home = useRef<{ target: THREE.Vector3; position: THREE.Vector3 } | null>(null);

  useEffect(() => {
    if (!controls || home.current) return;
    const target = new THREE.Vector3(...focus);
    home.current = { target: target.clone(), position: target.clone().add(HOME_OFFSET) };
    camera.position.copy(home.current.position);
    controls.target.copy(target);
    controls.update();
    invalidate();
  }, [controls, camera, focus, invalidate]);

  useImperativeHandle(
    apiRef,
    () => ({
      rotate(azimuthDeg, polarDeg) {
        if (!controls) return;
        const offset = camera.position.clone().sub(controls.target);
        const sph = new THREE.Spherical().setFromVector3(offset);
        sph.theta += (azimuthDeg * Math.PI) / 180;
        sph.phi = Math.min(Math.PI - 0.05, Math.max(0.05, sph.phi + (polarDeg * Math.PI) / 180));
        camera.position.copy(controls.target).add(new THREE.Vector3().setFromSpherical(sph));
        controls.update();
        invalidate();
      },
      zoom(factor) {
        if (!controls) return;
        const offset = camera.position.clone().sub(controls.target);
        offset.setLength(Math.min(1500, Math.max(60, offset.length() * factor)));
        camera.position.copy(controls.target).add(offset);
        controls.update();
        invalidate();
      },
      reset() {
        if (!controls || !home.current) return;
        controls.target.copy(home.current.target);
        camera.position.copy(home.current.position);
        controls.update();
        invalidate();
      },
      focus(point) {
        if (!controls) return;
        const shift = new THREE.Vector3(...point).sub(controls.target);
        controls.target.add(shift);
        camera.position.add(shift);
        controls.update();
        invalidate();
      },
    }),
    [camera, controls, invalidate],
  );
  return null;
}

export default function ThoraxCanvas(props: ThoraxCanvasProps) {
  const { model, layers, labels, ribWord, needle, normal, clipAtY, autoRotate, focus, position, cameraRef, onSkinPoint, onDirection } = props;
  // Keep the part caudal of the entry level, so the cut face shows the transverse section.
  const clipPlanes = useMemo(() => (clipAtY === null ? [] : [new THREE.Plane(new THREE.Vector3(0, -1, 0), clipAtY + 0.5)]), [clipAtY]);
  const entryPoint = needle?.entry ?? null;
  const [software] = useState(softwareRenderer);

  return (
    <Canvas
      frameloop={autoRotate ? "always" : "demand"}
      dpr={software ? 1 : [1, 2]}
      camera={{ fov: 35, near: 5, far: 6000, position: [focus[0] + HOME_OFFSET.x, focus[1] + HOME_OFFSET.y, focus[2] + HOME_OFFSET.z], up: [0, 1, 0] }}
      gl={{ antialias: !software, alpha: true, powerPreference: "high-performance" }}
      onCreated={({ gl }) => {
        gl.localClippingEnabled = true;
      }}
      data-testid="thorax-canvas"
    >
      <hemisphereLight args={["#f8fafc", "#334155", 0.9]} />
      <directionalLight position={[-350, 450, -600]} intensity={1.9} />
      <directionalLight position={[450, -150, -350]} intensity={0.55} color="#cbd5e1" />
      <Structures model={model} layers={layers} clipPlanes={clipPlanes} onSkinPoint={onSkinPoint} software={software} />
      {labels && <Labels model={model} ribWord={ribWord} />}
      <Table model={model} position={position} />
      {needle && <Needle needle={needle} normal={normal} onDirection={onDirection} />}
      {entryPoint && <EntryMarker point={entryPoint} />}
      <OrbitControls makeDefault enableDamping={false} autoRotate={autoRotate} autoRotateSpeed={1.2} minDistance={60} maxDistance={1500} />
      <CameraRig focus={focus} apiRef={cameraRef} />
    </Canvas>
  );
}

