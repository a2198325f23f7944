import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { z } from 'zod';
import {
  addStoryCommentSchema,
  learningQuerySchema,
  recordLearningSchema,
  writeStorySchema,
  type AddStoryComment,
  type LearningEntryDto,
  type RecordLearning,
  type StoryCommentDto,
  type StoryDto,
  type WriteStory,
} from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { StoriesService } from './stories.service.js';

const code = z.string().min(1).max(60);
const period = z.string().min(1).max(10);

@Controller('programmes/:programmeId')
export class StoriesController {
  constructor(private readonly stories: StoriesService) {}

  @Get('indicators/:code/stories/:period')
  read(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Param('code', { schema: code }) indicator: string,
    @Param('period', { schema: period }) label: string,
  ): Promise<StoryDto> {
    return this.stories.read(principal, programmeId, indicator, label);
  }

  @Put('indicators/:code/stories/:period')
  write(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Param('code', { schema: code }) indicator: string,
    @Param('period', { schema: period }) label: string,
    @Body({ schema: writeStorySchema }) body: WriteStory,
  ): Promise<StoryDto> {
    return this.stories.write(principal, programmeId, indicator, label, body);
  }

  @Post('indicators/:code/stories/:period/comments')
  @HttpCode(201)
  comment(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Param('code', { schema: code }) indicator: string,
    @Param('period', { schema: period }) label: string,
    @Body({ schema: addStoryCommentSchema }) body: AddStoryComment,
  ): Promise<StoryCommentDto> {
    return this.stories.comment(principal, programmeId, indicator, label, body.body);
  }

  @Get('learning')
  learning(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Query({ schema: learningQuerySchema }) query: { q?: string },
  ): Promise<LearningEntryDto[]> {
    return this.stories.learning(principal, programmeId, query.q);
  }

  @Post('learning')
  @HttpCode(201)
  record(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Body({ schema: recordLearningSchema }) body: RecordLearning,
  ): Promise<LearningEntryDto> {
    return this.stories.record(principal, programmeId, body);
  }
}
