package org.kalamela.adapters.rest.registry.unit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.registry.member.MemberForm;
import org.kalamela.application.registry.officials.SaveUnitOfficials;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberDetails;
import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.registry.officials.OfficeHolder;
import org.kalamela.domain.registry.officials.UnitOfficials;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.unit.UnitDetails;

/** Request and response bodies of a unit's own records: details, members, officials, councilors, registration. */
public final class UnitDtos {

    private UnitDtos() {
    }

    @Schema(name = "UnitDetailsRequest")
    public record UnitDetailsRequest(Integer registrationYear, Integer memberCount) {
    }

    @Schema(name = "UnitDetails")
    public record UnitDetailsDto(int registrationYear, int memberCount) {

        static UnitDetailsDto of(UnitDetails details) {
            return details == null ? null : new UnitDetailsDto(details.registrationYear(), details.memberCount());
        }
    }

    @Schema(name = "MemberRequest", description = "gender M or F; phone 10 digits, optionally with +91; bloodGroup "
            + "as A+, AB-, …; qualification and bloodGroup optional")
    public record MemberRequest(String name, String gender, LocalDate dateOfBirth, String phone, String qualification,
                                String bloodGroup) {

        public MemberForm form() {
            return new MemberForm(name, gender, dateOfBirth, phone, qualification, bloodGroup);
        }
    }

    @Schema(name = "Member", description = "age, in whole years today, where the answer lists members")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    // Native image: handed to JAX-RS inside a Response, so Quarkus cannot register it for Jackson itself.
    @RegisterForReflection(registerFullHierarchy = true)
    public record MemberDto(long id, long unitId, String name, String gender, LocalDate dateOfBirth, Integer age,
                            String phone, String qualification, String bloodGroup) {

        public static MemberDto of(Member member, Integer age) {
            MemberDetails d = member.details();
            return new MemberDto(member.id().value(), member.unitId().value(), d.name(), d.gender().name(),
                    d.dateOfBirth(), age, d.phone().digits(), d.qualification(),
                    d.bloodGroup() == null ? null : d.bloodGroup().label());
        }

        public static MemberDto of(Member member) {
            return of(member, null);
        }
    }

    @Schema(name = "OfficeHolderRequest")
    public record HolderRequest(String name, String phone) {

        SaveUnitOfficials.Holder holder() {
            return new SaveUnitOfficials.Holder(name, phone);
        }
    }

    @Schema(name = "OfficialsRequest", description = "The five office holders, each a name and a phone")
    public record OfficialsRequest(HolderRequest president, HolderRequest vicePresident, HolderRequest secretary,
                                   HolderRequest jointSecretary, HolderRequest treasurer) {

        SaveUnitOfficials.Command command() {
            return new SaveUnitOfficials.Command(holder(president), holder(vicePresident), holder(secretary),
                    holder(jointSecretary), holder(treasurer));
        }

        private static SaveUnitOfficials.Holder holder(HolderRequest request) {
            return request == null ? null : request.holder();
        }
    }

    @Schema(name = "OfficeHolder")
    public record HolderDto(String office, String title, String name, String phone) {

        static HolderDto of(Office office, OfficeHolder holder) {
            return new HolderDto(office.name(), office.title(), holder.name(), holder.phone().digits());
        }
    }

    @Schema(name = "Officials")
    public record OfficialsDto(HolderDto president, HolderDto vicePresident, HolderDto secretary,
                               HolderDto jointSecretary, HolderDto treasurer) {

        static OfficialsDto of(UnitOfficials officials) {
            if (officials == null) {
                return null;
            }
            return new OfficialsDto(holder(officials, Office.PRESIDENT), holder(officials, Office.VICE_PRESIDENT),
                    holder(officials, Office.SECRETARY), holder(officials, Office.JOINT_SECRETARY),
                    holder(officials, Office.TREASURER));
        }

        private static HolderDto holder(UnitOfficials officials, Office office) {
            return HolderDto.of(office, officials.holder(office));
        }
    }

    @Schema(name = "CouncilorsRequest", description = "The members chosen as councilors, in order; [] clears them")
    public record CouncilorsRequest(List<Long> memberIds) {
    }

    @Schema(name = "Councilors")
    public record CouncilorsDto(List<Long> memberIds) {
    }

    @Schema(name = "Registration", description = "returnReason is present while the status is RETURNED")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegistrationDto(long unitId, long districtId, String registrationNumber, RegistrationStatus status,
                                  String returnReason, Instant registeredAt, Instant statusChangedAt) {

        static RegistrationDto of(UnitRegistration r) {
            return new RegistrationDto(r.unitId().value(), r.districtId().value(), r.number().value(), r.status(),
                    r.returnReason(), r.registeredAt(), r.statusChangedAt());
        }
    }

    @Schema(name = "ReturnRequest")
    public record ReturnRequest(String reason) {
    }
}
