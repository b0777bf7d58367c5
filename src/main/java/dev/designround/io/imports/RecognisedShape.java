package dev.designround.io.imports;

/**
 * What one shape of an imported diagram became.
 *
 * @param nodeId   the node's id in the design
 * @param text     the shape's label as read (the card's label)
 * @param type     the component type it became
 * @param how      how that type was found
 * @param evidence the phrase or outline that named the type, or the stated type; empty for a custom component
 */
public record RecognisedShape(String nodeId, String text, String type, How how, String evidence) {

    /** How a shape's type was found. */
    public enum How {
        /** The file states it: Design Round's own export. */
        STATED("stated in the file"),
        /** A phrase of its label names it. */
        LABEL("from its label"),
        /** Its outline shows it (a cylinder is a store). */
        OUTLINE("from its outline"),
        /** Set by the user when importing. */
        CHOSEN("chosen by you"),
        /** Nothing named it: a custom component, whose label's words still count as capabilities. */
        CUSTOM("not recognised: custom component");

        private final String description;

        How(String description) {
            this.description = description;
        }

        /** For people: "from its label". */
        public String description() {
            return description;
        }
    }

    /** Whether a type was found (or chosen) rather than the shape kept as a custom component. */
    public boolean recognised() {
        return how != How.CUSTOM;
    }

    /**
     * "from its label: "pinecone"", "not recognised: custom component", ...; a phrase matching the start of a word
     * is shown without its {@code *} ("lawyer" for "lawyer*").
     */
    public String explanation() {
        return evidence.isEmpty() ? how.description() : how.description() + ": \"" + evidence.replace("*", "")
                + "\"";
    }

    RecognisedShape as(String newType, How newHow, String newEvidence) {
        return new RecognisedShape(nodeId, text, newType, newHow, newEvidence);
    }
}
