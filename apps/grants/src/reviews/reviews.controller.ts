import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { z } from 'zod';
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
import { CurrentPrincipal, Roles, type Principal } from '@samvirke/auth';
import { ReviewsService } from './reviews.service.js';

const id = { schema: z.uuid() };

@Controller('applications/:applicationId')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Post('reviewers')
  @HttpCode(201)
  @Roles('foundation-officer', 'platform-admin')
  assign(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', id) applicationId: string,
    @Body({ schema: assignReviewerSchema }) body: AssignReviewer,
  ): Promise<ReviewDto> {
    return this.reviews.assign(principal, applicationId, body);
  }

  @Get('reviewer-candidates')
  @Roles('foundation-officer', 'platform-admin')
  candidates(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', id) applicationId: string,
  ): Promise<ReviewerCandidateDto[]> {
    return this.reviews.candidates(principal, applicationId);
  }

  @Post('conflict')
  @HttpCode(200)
  declareConflict(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', id) applicationId: string,
    @Body({ schema: declareConflictSchema }) body: { reason: string },
  ): Promise<ReviewDto> {
    return this.reviews.declareConflict(principal, applicationId, body.reason);
  }

  @Put('review')
  review(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', id) applicationId: string,
    @Body({ schema: submitReviewSchema }) body: SubmitReview,
  ): Promise<ReviewDto> {
    return this.reviews.review(principal, applicationId, body);
  }

  @Get('reviews')
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', id) applicationId: string,
  ): Promise<ApplicationReviewsDto> {
    return this.reviews.list(principal, applicationId);
  }
}
