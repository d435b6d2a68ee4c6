package org.cellcompare.ingest;

import java.util.List;

/**
 * The columns CellCompare understands, each with its canonical header (used in the input
 * template) and the other names analysts give it. Matching ignores case, spaces, punctuation and
 * accents, so "Clinic name", "clinic_name" and "CLÍNICA" all work.
 */
public enum OfferingColumn {
    PROVIDER("Provider", "clinic", "clinic name", "hospital", "hospital name", "sponsor", "provider name",
            "institution", "center", "centre", "organisation", "organization", "company", "facility",
            "clinica", "nombre de la clinica", "proveedor", "hospital o clinica", "patrocinador", "institucion"),
    COUNTRY("Country", "country name", "nation", "location country", "country of treatment", "pais", "pais de tratamiento"),
    CITY("City", "town", "location", "city or region", "ciudad", "localidad"),
    PROGRAM("Program", "programme", "program name", "treatment", "treatment name", "protocol", "therapy", "package name",
            "study title", "trial title", "programa", "tratamiento", "terapia", "protocolo"),
    PRICE("Price", "cost", "fee", "advertised price", "price as advertised", "total cost", "treatment cost",
            "amount", "price quoted", "quoted price", "precio", "costo", "coste", "tarifa", "importe"),
    CURRENCY("Currency", "ccy", "currency code", "moneda", "divisa"),
    PRICE_BASIS("Price basis", "basis", "price per", "pricing basis", "pricing unit", "per", "unit",
            "base del precio", "precio por"),
    INJECTIONS("Injections", "number of injections", "no of injections", "injections per course", "doses",
            "number of doses", "administrations", "applications", "sessions", "inyecciones", "numero de inyecciones",
            "aplicaciones", "dosis"),
    DURATION("Duration", "days", "number of days", "length of stay", "stay", "treatment days", "course length",
            "duracion", "dias", "estancia", "numero de dias"),
    INCLUDES("Includes", "included", "what is included", "whats included", "inclusions", "price includes", "incluye",
            "que incluye"),
    CELL_SOURCE("Cell source", "cell type", "cells", "stem cell type", "source of cells", "cell origin", "stem cells",
            "type of cells", "tipo de celulas", "fuente de celulas", "celulas", "origen celular"),
    ROUTE("Route", "route of administration", "administration", "delivery", "delivery method", "administration route",
            "how given", "via", "via de administracion", "administracion"),
    REGULATORY_STATUS("Regulatory status", "regulation", "approval status", "legal status", "regulatory",
            "status", "estado regulatorio", "situacion regulatoria"),
    REGISTRATION("Registration", "registration number", "registration id", "registry id", "registry number",
            "trial id", "trial registration", "trial number", "nct", "nct number", "nct id", "registro",
            "numero de registro"),
    PATIENT_PAYS("Patient pays", "pay to participate", "patient cost", "paid by patient", "patient charged",
            "paciente paga", "costo para el paciente"),
    CLAIMS("Claims", "marketing claims", "claim", "promises", "marketing", "advertising claims", "afirmaciones",
            "promesas", "publicidad"),
    SOURCE_URL("Source URL", "source", "url", "website", "link", "web", "source link", "fuente", "enlace", "sitio web"),
    LAST_VERIFIED("Last verified", "verified", "verified on", "date verified", "last checked", "checked on",
            "date checked", "as of", "ultima verificacion", "verificado", "fecha de verificacion");

    private final String header;
    private final List<String> aliases;

    OfferingColumn(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** The header the input template uses. */
    public String header() {
        return header;
    }

    public List<String> aliases() {
        return aliases;
    }
}
