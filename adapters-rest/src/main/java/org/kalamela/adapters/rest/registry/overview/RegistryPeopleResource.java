package org.kalamela.adapters.rest.registry.overview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.registry.RegistryParams;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.MemberDto;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.MemberRequest;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.application.registry.member.AdminEditMember;
import org.kalamela.application.registry.member.ListCouncilors;
import org.kalamela.application.registry.member.ListMembers;
import org.kalamela.application.registry.officials.ListOfficials;
import org.kalamela.application.registry.query.AgedMemberRow;
import org.kalamela.application.registry.query.MemberQuery;
import org.kalamela.application.registry.query.OfficialRow;
import org.kalamela.application.registry.query.RegistryListReader;
import org.kalamela.domain.shared.paging.PageRequest;

/** The admin's lists of members, councilors and officials across units, and the admin's edit of a member. */
@Path("/api/v1/admin")
@Tag(name = "Members and officials (admin)", description = "People of every unit, filtered and paged")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class RegistryPeopleResource {

    private final ListMembers listMembers;
    private final ListCouncilors listCouncilors;
    private final ListOfficials listOfficials;
    private final AdminEditMember editMember;
    private final CurrentActor currentActor;

    @Inject
    public RegistryPeopleResource(ListMembers listMembers, ListCouncilors listCouncilors, ListOfficials listOfficials,
                                  AdminEditMember editMember, CurrentActor currentActor) {
        this.listMembers = listMembers;
        this.listCouncilors = listCouncilors;
        this.listOfficials = listOfficials;
        this.editMember = editMember;
        this.currentActor = currentActor;
    }

    /** The filters of the member and councilor lists. */
    public static class MemberParams {
        @QueryParam("districtId") Long districtId;
        @QueryParam("unitId") Long unitId;
        @QueryParam("gender") String gender;
        @QueryParam("minAge") Integer minAge;
        @QueryParam("maxAge") Integer maxAge;
        @QueryParam("name") String name;
        @QueryParam("page") Integer page;
        @QueryParam("size") Integer size;

        MemberQuery query() {
            return new MemberQuery(RegistryParams.district(districtId, "districtId"),
                    RegistryParams.unit(unitId, "unitId"), RegistryParams.gender(gender), minAge, maxAge,
                    RegistryParams.text(name));
        }

        PageRequest pageRequest() {
            return PageRequest.of(page, size);
        }
    }

    @Schema(name = "MemberRow", description = "A member with unit, district and age today")
    public record MemberRowDto(long id, long unitId, String unitName, long districtId, String districtName,
                               String name, String gender, LocalDate dateOfBirth, int age, String phone,
                               String qualification, String bloodGroup) {

        static MemberRowDto of(AgedMemberRow aged) {
            var r = aged.member();
            return new MemberRowDto(r.memberId().value(), r.unitId().value(), r.unitName(), r.districtId().value(),
                    r.districtName(), r.name(), r.gender().name(), r.dateOfBirth(), aged.age(), r.phone(),
                    r.qualification(), r.bloodGroup() == null ? null : r.bloodGroup().label());
        }
    }

    @Schema(name = "OfficialRow")
    public record OfficialRowDto(long unitId, String unitName, long districtId, String districtName, String office,
                                 String officeTitle, String name, String phone) {

        static OfficialRowDto of(OfficialRow r) {
            return new OfficialRowDto(r.unitId().value(), r.unitName(), r.districtId().value(), r.districtName(),
                    r.office().name(), r.office().title(), r.name(), r.phone());
        }
    }

    @GET
    @Path("/members")
    @Operation(summary = "Members of registered units; filters districtId, unitId, gender (M/F), minAge, maxAge "
            + "(whole years today, inclusive), name (part, any case); paged (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of members, by district, unit and name")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (districtId, unitId, gender, minAge, maxAge, "
            + "page, size)")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    public PageDto<MemberRowDto> members(@BeanParam MemberParams params) {
        return PageDto.of(listMembers.execute(params.query(), params.pageRequest(), currentActor.get())
                .map(MemberRowDto::of));
    }

    @GET
    @Path("/councilors")
    @Operation(summary = "Members chosen as councilors, with the filters of the member list; paged (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of councilors")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (districtId, unitId, gender, minAge, maxAge, "
            + "page, size)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    public PageDto<MemberRowDto> councilors(@BeanParam MemberParams params) {
        return PageDto.of(listCouncilors.execute(params.query(), params.pageRequest(), currentActor.get())
                .map(MemberRowDto::of));
    }

    @GET
    @Path("/officials")
    @Operation(summary = "Unit office holders; filters districtId, unitId, office (PRESIDENT, VICE_PRESIDENT, "
            + "SECRETARY, JOINT_SECRETARY, TREASURER), name; paged (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of office holders, by district, unit and office")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (districtId, unitId, office, page, size)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    public PageDto<OfficialRowDto> officials(@QueryParam("districtId") Long districtId,
                                             @QueryParam("unitId") Long unitId, @QueryParam("office") String office,
                                             @QueryParam("name") String name, @QueryParam("page") Integer page,
                                             @QueryParam("size") Integer size) {
        var filter = new RegistryListReader.OfficialFilter(RegistryParams.district(districtId, "districtId"),
                RegistryParams.unit(unitId, "unitId"), RegistryParams.office(office), RegistryParams.text(name));
        return PageDto.of(listOfficials.execute(filter, PageRequest.of(page, size), currentActor.get())
                .map(OfficialRowDto::of));
    }

    @PUT
    @Path("/members/{id}")
    @Operation(summary = "Edit any member, whatever the registration's state and even with festival entries "
            + "(ADMIN, audited with each field's old and new value)")
    @APIResponse(responseCode = "200", description = "The member")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (name, gender, dateOfBirth, phone, "
            + "qualification, bloodGroup)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "PHONE_IN_USE, DUPLICATE_MEMBER")
    public MemberDto editMember(@PathParam("id") long id, @Valid @NotNull MemberRequest body) {
        return MemberDto.of(editMember.execute(new AdminEditMember.Command(RegistryParams.memberPath(id), body.form()),
                currentActor.get()));
    }
}
