import type { ComponentType } from "react";
import DeepParaspinal from "./DeepParaspinal";
import type { DiagramProps } from "./frame";
import ParaspinalWall from "./ParaspinalWall";
import PincerGrip from "./PincerGrip";
import RetractionTowel from "./RetractionTowel";
import RibTechniqueAlong from "./RibTechniqueAlong";
import RibTechniqueDownhill from "./RibTechniqueDownhill";
import ScoliosisRotation from "./ScoliosisRotation";

/** Diagrams available to MDX as <Diagram name="…" />; each renders in the page's language. */
export const DIAGRAMS = {
  "pincer-grip": PincerGrip,
  "rib-technique-along": RibTechniqueAlong,
  "rib-technique-downhill": RibTechniqueDownhill,
  "paraspinal-wall": ParaspinalWall,
  "deep-paraspinal": DeepParaspinal,
  "retraction-towel": RetractionTowel,
  "scoliosis-rotation": ScoliosisRotation,
} satisfies Record<string, ComponentType<DiagramProps>>;

export type DiagramName = keyof typeof DIAGRAMS;

export function isDiagramName(name: string): name is DiagramName {
  return Object.prototype.hasOwnProperty.call(DIAGRAMS, name);
}
