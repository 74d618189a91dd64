package org.kalamela.adapters.rest.registry.masterdata;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.registry.query.UnitNameRow;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.unit.UnitName;

/** Request and response bodies of the districts and unit names (master data). */
public final class MasterDataDtos {

    private MasterDataDtos() {
    }

    @Schema(name = "District")
    // Native image: handed to JAX-RS inside a Response, so Quarkus cannot register it for Jackson itself.
    @RegisterForReflection(registerFullHierarchy = true)
    public record DistrictDto(long id, String name, boolean active, int conferenceOfficialLimit,
                              int conferenceMemberLimit) {

        public static DistrictDto of(District d) {
            return new DistrictDto(d.id().value(), d.name(), d.active(), d.conferenceLimits().officials(),
                    d.conferenceLimits().members());
        }
    }

    @Schema(name = "UnitName")
    // Native image: handed to JAX-RS inside a Response, so Quarkus cannot register it for Jackson itself.
    @RegisterForReflection(registerFullHierarchy = true)
    public record UnitNameDto(long id, long districtId, String name, boolean active) {

        public static UnitNameDto of(UnitName u) {
            return new UnitNameDto(u.id().value(), u.districtId().value(), u.name(), u.active());
        }
    }

    @Schema(name = "UnitNameRow", description = "A unit name with its district and whether the unit has registered")
    public record UnitNameRowDto(long id, String name, long districtId, String districtName, boolean active,
                                 boolean registered) {

        public static UnitNameRowDto of(UnitNameRow r) {
            return new UnitNameRowDto(r.unitId().value(), r.name(), r.districtId().value(), r.districtName(),
                    r.active(), r.registered());
        }
    }

    @Schema(name = "CreateDistrictRequest")
    public record CreateDistrictRequest(String name, Integer conferenceOfficialLimit, Integer conferenceMemberLimit) {
    }

    @Schema(name = "ConferenceLimitsRequest")
    public record ConferenceLimitsRequest(Integer conferenceOfficialLimit, Integer conferenceMemberLimit) {
    }

    @Schema(name = "CreateUnitNameRequest")
    public record CreateUnitNameRequest(Long districtId, String name) {
    }

    @Schema(name = "RenameRequest")
    public record RenameRequest(String name) {
    }
}
