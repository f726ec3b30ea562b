/**
 * Published sources of the thorax model's dimensions. Every constant in constants.ts names one of these
 * keys in its comment; README.md tables them.
 */
export const SOURCES = {
  GRAY1918: "Gray H. Anatomy of the Human Body, 20th ed. (1918), 'The vertebral column as a whole': column ≈ 71 cm in men (cervical 12.5, thoracic ≈ 28, lumbar ≈ 18 cm), ≈ 61 cm in women.",
  PANJABI1991T: "Panjabi MM, Takata K, Goel V, et al. Thoracic human vertebrae: quantitative three-dimensional anatomy. Spine 1991;16(8):888–901.",
  PANJABI1991C: "Panjabi MM, Duranceau J, Goel V, et al. Cervical human vertebrae: quantitative three-dimensional anatomy of the middle and lower regions. Spine 1991;16(8):861–869.",
  PANJABI1992L: "Panjabi MM, Goel V, Oxland T, et al. Human lumbar vertebrae: quantitative three-dimensional anatomy. Spine 1992;17(3):299–306.",
  GEELHOED2006: "Geelhoed MA, Viti J, Brewer PA. A new model to facilitate palpation of the level of the transverse processes of the thoracic spine. J Orthop Sports Phys Ther 2006;36(11):876–881.",
  BERNHARDT1989: "Bernhardt M, Bridwell KH. Segmental analysis of the sagittal plane alignment of the normal thoracic and lumbar spines and thoracolumbar junction. Spine 1989;14(7):717–721.",
  GORE1986: "Gore DR, Sepic SB, Gardner GM. Roentgenographic findings of the cervical spine in asymptomatic people. Spine 1986;11(6):521–524.",
  AARO1981: "Aaro S, Dahlborn M. Estimation of vertebral rotation and the spinal and rib cage deformity in scoliosis by computer tomography. Spine 1981;6(5):460–467.",
  FERNANDEZ2015: "Fernández-de-las-Peñas C (cited in the guideline, PNX-4 background): in scoliosis a rotated transverse process can be mistaken for a spinous process.",
  MOHR2007: "Mohr M, Abrams E, Engel C, Long WB, Bottlang M. Geometry of human ribs pertinent to orthopedic chest-wall reconstruction. J Biomech 2007;40(6):1310–1317.",
  WEAVER2014: "Weaver AA, Schoell SL, Stitzel JD. Morphometric analysis of variation in the ribs with age and sex. J Anat 2014;225(2):246–261.",
  BELLEMARE2003: "Bellemare F, Jeanneret A, Couture J. Sex differences in thoracic dimensions and configuration. Am J Respir Crit Care Med 2003;168(3):305–312.",
  MOORE2014: "Moore KL, Dalley AF, Agur AMR. Clinically Oriented Anatomy, 7th ed. 2014 (pleural and lung borders; scapular landmarks: superior angle T2, root of the spine T3, inferior angle T7; muscle attachments).",
  HUNG2011: "Hung D, Yang CS, Liang CC, et al. Sonographic measurements of the thickness of the soft tissues of the interscapular region in a population of normal young adults. J Clin Ultrasound 2011;39(2):78–82 (trapezius 4.9/3.4, rhomboid 6.3/3.8, serratus posterior 3.5/2.2 mm, men/women).",
  ARM2014: "Appropriate depth of needle insertion during rhomboid major trigger point block. Ann Rehabil Med 2014;38(1):72–76 (ultrasound, 62 patients: skin-to-rhomboid 12/14/18 mm and skin-to-rib 21/24/27 mm for BMI < 23 / 23–25 / ≥ 25).",
  KIM2002: "Kim KK, Lee KM, Kim KT. Measurement of distance from skin to pleural cavity in interscapular intercostal space. J Korean Acad Rehabil Med 2002;26(6):781–784 (CT, n = 50: skin-to-pleura 37 ± 7 mm at mean BMI 21.1; rises with BMI).",
  MITCHELL2018: "Mitchell UH, Johnson AW, Larson RE, Seamons CT. Positional changes in distance to the pleura and in muscle thickness for dry needling. Physiotherapy 2019;105(3) (online 2018; PMID 30343872): retraction adds ≈ 0.7 cm (95% CI 0.4–1.0) to skin-to-lung depth, mostly by thicker muscles; the guideline (TECH-6) reports +0.8 cm men, +0.5 cm women.",
  CUSHMAN2021: "Cushman D, et al. 2021 (cited in the guideline, TECH-2): ribs in the periscapular zone are palpated accurately in only 73.3%.",
  FOLLI2020: "Folli A, Schneebeli A, Ballerini S, et al. Enhancing trigger point dry needling safety by ultrasound skin-to-rib measurement: an inter-rater reliability study. J Clin Med 2020;9(6):1958.",
  LAURENT2007: "Laurent A, Mistretta F, Bottigioli D, et al. Echographic measurement of skin thickness in adults by high frequency ultrasound to assess the appropriate microneedle length for intradermal delivery of vaccines. Vaccine 2007;25(34):6423–6430 (skin ≈ 1.5–3 mm; thicker in men and over the upper back).",
  MCGILL1993: "McGill SM, Santaguida L, Stevens J. Measurement of the trunk musculature from T5 to L5 using MRI scans of 15 young males corrected for muscle fibre orientation. Clin Biomech 1993;8(4):171–178.",
  PHEASANT2006: "Pheasant S, Haslegrave CM. Bodyspace: Anthropometry, Ergonomics and the Design of Work, 3rd ed. 2006 (hand dimensions: index-finger breadth).",
  CBS2022: "CBS StatLine, 'Lengte en gewicht van personen' (Dutch adults ≈ 180 cm men, ≈ 167 cm women).",
  DONNELLY2019: "Donnelly JM, et al. Travell, Simons & Simons' Myofascial Pain and Dysfunction, 3rd ed. 2019 (muscle attachments and needling approaches).",
  ESTIMATE: "Model estimate without a direct measurement source; chosen to be consistent with the sources above (flagged in README).",
} as const;
export type SourceKey = keyof typeof SOURCES;
