package dev.pillid.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A catalog row (schema: Flyway V1). It never leaves the catalog package: see {@link PillRecord}. */
@Entity
@Table(name = "pill")
public class PillEntity {

    @Id
    @SequenceGenerator(name = "pill_seq", sequenceName = "pill_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pill_seq")
    public Long id;

    public String source;
    @Column(name = "source_key")
    public String sourceKey;
    public String citation;
    @Column(name = "loaded_at")
    public OffsetDateTime loadedAt;

    public String ndc9;
    public String ndc11;
    @Column(name = "part_number")
    public Integer partNumber;
    @Column(name = "spl_set_id")
    public String splSetId;
    public String rxcui;

    @Column(name = "medicine_name")
    public String medicineName;
    public String strength;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "active_ingredients")
    public List<String> activeIngredients = new ArrayList<>();
    @Column(name = "dosage_form")
    public String dosageForm;
    public String labeler;
    @Column(name = "rx_otc")
    public String rxOtc;
    @Column(name = "dea_schedule")
    public String deaSchedule;

    public String imprint;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> colors = new ArrayList<>();
    public String shape;
    @Column(name = "size_mm")
    public Double sizeMm;
    public Integer score;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> images = new ArrayList<>();
}
