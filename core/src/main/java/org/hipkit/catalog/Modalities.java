package org.hipkit.catalog;

import static org.hipkit.catalog.Codes.dicom;
import static org.hipkit.catalog.Codes.snomed;
import static org.hipkit.catalog.StandardSources.GEL_SHOTS;
import static org.hipkit.catalog.StandardSources.THERAPEUTIC_HIP_INJECTION;
import static org.hipkit.catalog.StandardSources.ULTRASOUND_GUIDED_INJECTION;

import java.util.List;
import org.hipkit.guidance.Accuracy;
import org.hipkit.guidance.ContrastUse;
import org.hipkit.guidance.GuidanceModality;

/** Standard catalog content: the ways a needle is guided to its target. */
final class Modalities {

  private Modalities() {}

  /** Ultrasound, fluoroscopy, then landmark guidance without imaging. */
  static List<GuidanceModality> all() {
    return List.of(
        GuidanceModality.builder()
            .id("ultrasound")
            .name("Ultrasound guidance")
            .description(
                "Sound waves give a live picture of the joint, the soft tissue and the needle as it"
                    + " advances. The machine is portable and relatively inexpensive, and a layer"
                    + " of gel couples the probe to the skin.")
            .imaging(true)
            .ionizingRadiation(false)
            .realTime(true)
            .showsSoftTissue(true)
            .showsNervesAndVessels(true)
            .contrast(ContrastUse.NONE)
            .accuracy(Accuracy.HIGH)
            .portable(true)
            .addSuitedFor(
                "pregnant patients, since there is no radiation",
                "children, since there is no radiation",
                "patients who need repeated injections or repeated imaging",
                "keeping the needle clear of nerves and blood vessels, which stay visible")
            .addLimitations(
                "needs coupling gel between the probe and the skin",
                "jewelry or other accessories near the site can get in the way of the image")
            .addSources(GEL_SHOTS, THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .addCodes(
                dicom("US", "Ultrasound"), snomed("61593002", "Ultrasonic guidance procedure"))
            .build(),
        GuidanceModality.builder()
            .id("fluoroscopy")
            .name("Fluoroscopy guidance")
            .description(
                "Live X-ray images show the bones and the needle; a little contrast dye may be"
                    + " injected to confirm that the tip sits in the joint.")
            .imaging(true)
            .ionizingRadiation(true)
            .realTime(true)
            .showsSoftTissue(false)
            .showsNervesAndVessels(false)
            .contrast(ContrastUse.OPTIONAL)
            .accuracy(Accuracy.HIGH)
            .portable(false)
            .addLimitations(
                "exposes the patient to ionizing radiation, a concern in pregnancy",
                "needs an X-ray suite rather than a portable machine",
                "contrast dye, when used, can cause an allergic reaction")
            .addSources(GEL_SHOTS, THERAPEUTIC_HIP_INJECTION)
            .addCodes(dicom("RF", "Radiofluoroscopy"))
            .build(),
        GuidanceModality.builder()
            .id("landmark")
            .name("Landmark guidance")
            .description(
                "The needle is placed by feeling for anatomical landmarks, with no imaging; also"
                    + " called a \"blind\" injection.")
            .imaging(false)
            .ionizingRadiation(false)
            .realTime(false)
            .showsSoftTissue(false)
            .showsNervesAndVessels(false)
            .contrast(ContrastUse.NONE)
            .accuracy(Accuracy.VARIABLE)
            .portable(true)
            .addSuitedFor(
                "some targets outside the joint, where clinicians choose whether to image case by"
                    + " case")
            .addLimitations(
                "how accurate it is depends on the patient's anatomy and on how deep the target"
                    + " lies",
                "less accurate than ultrasound guidance",
                "the hip joint lies too deep to be found reliably by feel",
                "nerves and vessels cannot be seen and avoided")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build());
  }
}
