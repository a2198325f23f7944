import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import {
  assignReviewerSchema,
  declareConflictSchema,
  submitReviewSchema,
  type ApplicationReviewsDto,
  type AssignReviewer,
  type ReviewDto,
  type ReviewerCandidateDto,
  type SubmitReview,
} from '@samvirke/contracts';
import { Roles, Scoped } from '@samvirke/auth';
import { ReviewsService } from './reviews.service.js';
import { OfficerPost } from '../access/officer-route.js';

@Controller('applications/:applicationId')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @OfficerPost('reviewers', 201)
  assign(
    @Scoped('applicationId') { principal, applicationId }: Scoped<'applicationId'>,
    @Body({ schema: assignReviewerSchema }) body: AssignReviewer,
  ): Promise<ReviewDto> {
    return this.reviews.assign(principal, applicationId, body);
  }

  @Get('reviewer-candidates')
  @Roles('foundation-officer', 'platform-admin')
  candidates(
    @Scoped('applicationId') { principal, applicationId }: Scoped<'applicationId'>,
  ): Promise<ReviewerCandidateDto[]> {
    return this.reviews.candidates(principal, applicationId);
  }

  @Post('conflict')
  @HttpCode(200)
  declareConflict(
    @Scoped('applicationId') { principal, applicationId }: Scoped<'applicationId'>,
    @Body({ schema: declareConflictSchema }) body: { reason: string },
  ): Promise<ReviewDto> {
    return this.reviews.declareConflict(principal, applicationId, body.reason);
  }

  @Put('review')
  review(
    @Scoped('applicationId') { principal, applicationId }: Scoped<'applicationId'>,
    @Body({ schema: submitReviewSchema }) body: SubmitReview,
  ): Promise<ReviewDto> {
    return this.reviews.review(principal, applicationId, body);
  }

  @Get('reviews')
  list(
    @Scoped('applicationId') { principal, applicationId }: Scoped<'applicationId'>,
  ): Promise<ApplicationReviewsDto> {
    return this.reviews.list(principal, applicationId);
  }
}
